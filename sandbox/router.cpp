#include "sandbox/router.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <utility>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

HttpResponse jsonDocumentResponse(const QJsonDocument &document, int status)
{
    return HttpResponse{status, "application/json", document.toJson(QJsonDocument::Compact), {}};
}

} // namespace

HttpResponse jsonResponse(const QJsonObject &object, int status)
{
    return jsonDocumentResponse(QJsonDocument(object), status);
}

HttpResponse jsonResponse(const QJsonArray &array, int status)
{
    return jsonDocumentResponse(QJsonDocument(array), status);
}

HttpResponse jsonTextResponse(QByteArray json, int status)
{
    return HttpResponse{status, "application/json", std::move(json), {}};
}

HttpResponse errorResponse(int status, const QString &code, const QString &message)
{
    return jsonResponse(QJsonObject{{u"error"_s, message}, {u"code"_s, code}}, status);
}

HttpResponse fieldErrorResponse(const FieldError &error)
{
    return jsonResponse(QJsonObject{{u"error"_s, error.message},
                                    {u"code"_s, u"invalid-input"_s},
                                    {u"field"_s, error.field},
                                    {u"rule"_s, error.rule}},
                        400);
}

HttpResponse notFoundResponse(const QString &resourceName)
{
    return errorResponse(404, u"not-found"_s, u"%1 not found"_s.arg(resourceName));
}

std::optional<HttpResponse> readJsonObject(const HttpRequest &request, QJsonObject &body)
{
    // "application/json; charset=utf-8" is JSON too.
    const QByteArray mediaType =
        request.header("content-type").split(';').constFirst().trimmed().toLower();
    if (mediaType != "application/json") {
        return errorResponse(415, u"unsupported-media-type"_s,
                             u"Content-Type must be application/json, not \"%1\""_s.arg(
                                 QString::fromLatin1(request.header("content-type"))));
    }
    // Before QJsonDocument, which takes both without a word.
    if (const auto problem = checkJsonText(request.body))
        return fieldErrorResponse(*problem);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fieldErrorResponse(
            {u"body"_s, u"json"_s,
             u"The body is not valid JSON: %1 at offset %2"_s.arg(
                 parseError.errorString(), QString::number(parseError.offset))});
    }
    if (!document.isObject()) {
        return fieldErrorResponse({u"body"_s, u"type"_s, u"The body must be a JSON object"_s});
    }
    body = document.object();
    return std::nullopt;
}

void Router::add(const QByteArray &method, const QString &pathPattern, Handler handler)
{
    m_routes.append(Route{method,
                          QRegularExpression(QRegularExpression::anchoredPattern(pathPattern)),
                          std::move(handler)});
}

void Router::addJson(const QByteArray &method, const QString &pathPattern, JsonHandler handler)
{
    add(method, pathPattern,
        [handler = std::move(handler)](const HttpRequest &request, const QStringList &arguments) {
            QJsonObject body;
            if (auto rejection = readJsonObject(request, body))
                return *rejection;
            return handler(body, arguments);
        });
}

HttpResponse Router::route(const HttpRequest &request) const
{
    QList<QByteArray> allowed;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch match = route.path.match(request.path);
        if (!match.hasMatch())
            continue;
        if (route.method == request.method) {
            QStringList arguments = match.capturedTexts();
            arguments.removeFirst();
            return route.handler(request, arguments);
        }
        allowed.append(route.method);
    }
    if (m_unmatched)
        return m_unmatched(request, allowed);
    const QString requestLine = QString::fromLatin1(request.method) + u' ' + request.path;
    if (allowed.isEmpty())
        return errorResponse(404, u"not-found"_s, u"No route for %1"_s.arg(requestLine));
    HttpResponse response =
        errorResponse(405, u"method-not-allowed"_s,
                      u"%1 is not allowed here; use %2"_s.arg(
                          requestLine, QString::fromLatin1(allowed.join(", "))));
    response.headers.emplaceBack("Allow", allowed.join(", "));
    return response;
}

} // namespace paydesk::sandbox
