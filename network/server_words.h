// What a server said when it refused a request, read from whatever error body it sent.
#pragma once

#include "models/validation.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>

namespace paydesk {

// The three things a person or a script needs from an error body, kept apart: the human text,
// the machine code, and the fields it names.
struct ServerWords
{
    QString message;
    QString code;
    QList<FieldError> fieldErrors; // each field the server named, with its own words
};

// Reads the error bodies payment APIs send, none of which is documented for Dots:
//   {"error": "PaymentIntent not found"}
//   {"error": "invalid-input", "message": "description is not allowed"}
//   {"error": {"code": "...", "message": "...", "field"|"param": "..."}}
//   {"message": "...", "code": 7}                       (gRPC style)
//   {"title": "...", "detail": "...", "type": "..."}     (RFC 9457 problem details)
//   {"errors": [{"field"|"param"|"path"|"loc": ..., "message"|"detail"|"msg": ...}, "text"]}
//   {"errors": {"amount": ["must be positive"]}}
// and, when the body is not JSON, its first line of text. A bare word such as "invalid-input"
// beside a sentence is a code, never the message.
ServerWords serverWords(const QJsonDocument &json, bool jsonValid, const QByteArray &body);

} // namespace paydesk
