#include "sandbox/synaptopay/status.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::synaptopay {

int httpStatus(Code code)
{
    switch (code) {
    case Code::InvalidArgument:
    case Code::FailedPrecondition:
        return 400;
    case Code::NotFound:
        return 404;
    case Code::AlreadyExists:
    case Code::Aborted:
        return 409;
    case Code::PermissionDenied:
        return 403;
    case Code::ResourceExhausted:
        return 429;
    case Code::Internal:
        return 500;
    case Code::Unavailable:
        return 503;
    case Code::Unauthenticated:
        return 401;
    }
    return 500;
}

HttpResponse jsonAnswer(const QJsonObject &object, int status)
{
    return HttpResponse{
        status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

HttpResponse statusAnswer(Code code, const QString &message, const QJsonArray &details)
{
    return jsonAnswer({{u"code"_s, int(code)}, {u"message"_s, message}, {u"details"_s, details}},
                      httpStatus(code));
}

HttpResponse fieldAnswer(const FieldError &error, Code code)
{
    const QJsonObject violation{
        {u"field"_s, error.field}, {u"description"_s, error.message}, {u"reason"_s, error.rule}};
    const QJsonObject badRequest{{u"@type"_s, u"type.googleapis.com/google.rpc.BadRequest"_s},
                                 {u"field_violations"_s, QJsonArray{violation}}};
    return statusAnswer(code, error.message, QJsonArray{badRequest});
}

HttpResponse answerForStatus(int status, const QString &, const QString &message)
{
    Code code = Code::Internal;
    switch (status) {
    case 400:
    case 413:
    case 415:
        code = Code::InvalidArgument;
        break;
    case 401:
        code = Code::Unauthenticated;
        break;
    case 403:
        code = Code::PermissionDenied;
        break;
    case 404:
    case 405:
        code = Code::NotFound;
        break;
    case 409:
        code = Code::Aborted;
        break;
    case 429:
        code = Code::ResourceExhausted;
        break;
    case 503:
        code = Code::Unavailable;
        break;
    default:
        break;
    }
    HttpResponse response = statusAnswer(code, message);
    response.status = status;
    return response;
}

} // namespace paydesk::sandbox::synaptopay
