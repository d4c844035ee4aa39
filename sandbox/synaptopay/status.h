// SynaptoPay's error bodies, as grpc-gateway writes a google.rpc.Status:
//   {"code": <gRPC code>, "message": "<sentence>", "details": [...]}
// with the HTTP status grpc-gateway maps the code to. An error about one field of the request
// names it in the message and again in a google.rpc.BadRequest detail:
//   {"@type": "type.googleapis.com/google.rpc.BadRequest",
//    "field_violations": [{"field": "transfers[0].amount", "description": "...",
//                          "reason": "<the rule, as validation.h names it>"}]}
#pragma once

#include "sandbox/http_compat.h"
#include "sandbox/validation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace paydesk::sandbox::synaptopay {

enum class Code
{
    InvalidArgument = 3,
    NotFound = 5,
    AlreadyExists = 6,
    PermissionDenied = 7,
    ResourceExhausted = 8,
    FailedPrecondition = 9,
    Aborted = 10,
    Internal = 13,
    Unavailable = 14,
    Unauthenticated = 16,
};

// 3 -> 400, 5 -> 404, 6 and 10 -> 409, 7 -> 403, 8 -> 429, 9 -> 400, 13 -> 500, 14 -> 503,
// 16 -> 401.
int httpStatus(Code code);

HttpResponse jsonAnswer(const QJsonObject &object, int status = 200);
HttpResponse statusAnswer(Code code, const QString &message, const QJsonArray &details = {});
// A problem with one field: INVALID_ARGUMENT unless another code is given (FAILED_PRECONDITION
// for a device that cannot take the payment, for example).
HttpResponse fieldAnswer(const FieldError &error, Code code = Code::InvalidArgument);

// The same shape for answers the shared parts of the sandbox make (faults, body limits): the
// gRPC code the HTTP status stands for. `code` is the Dots-style code and is not used.
HttpResponse answerForStatus(int status, const QString &code, const QString &message);

} // namespace paydesk::sandbox::synaptopay
