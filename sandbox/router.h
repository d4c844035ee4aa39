#pragma once

#include "sandbox/http_compat.h"
#include "sandbox/validation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <functional>
#include <optional>

namespace paydesk::sandbox {

// Responses in the sandbox's one error shape:
//   {"error": "<sentence>", "code": "<kebab-case code>"}
// and for every 400 also "field" (a path such as "line_items[0].quantity") and "rule".
HttpResponse jsonResponse(const QJsonObject &object, int status = 200);
HttpResponse jsonResponse(const QJsonArray &array, int status = 200);
// JSON already written as text.
HttpResponse jsonTextResponse(QByteArray json, int status = 200);
HttpResponse errorResponse(int status, const QString &code, const QString &message);
HttpResponse fieldErrorResponse(const FieldError &error);
// In the contract's words: {"error": "PaymentIntent not found"}.
HttpResponse notFoundResponse(const QString &resourceName);

// The request body as a JSON object, or the 415/400 answer explaining why it is not one.
std::optional<HttpResponse> readJsonObject(const HttpRequest &request, QJsonObject &body);

// Method and path-pattern routing. A path that matches with another method answers 405 with
// Allow; a path that matches nothing answers 404.
class Router
{
public:
    using Handler =
        std::function<HttpResponse(const HttpRequest &request, const QStringList &pathArguments)>;
    using JsonHandler =
        std::function<HttpResponse(const QJsonObject &body, const QStringList &pathArguments)>;

    // pathPattern is a regular expression matched against the whole path; its capture groups
    // become the handler's path arguments.
    void add(const QByteArray &method, const QString &pathPattern, Handler handler);
    // For routes taking a JSON object body: 415 and 400 are answered before the handler runs.
    void addJson(const QByteArray &method, const QString &pathPattern, JsonHandler handler);

    HttpResponse route(const HttpRequest &request) const;

    // Answers what no route takes instead of the 404 and 405 above (SynaptoPay's error shape);
    // `allowed` lists the methods the path takes, empty when it matches no route at all.
    using Unmatched =
        std::function<HttpResponse(const HttpRequest &request, const QList<QByteArray> &allowed)>;
    void setUnmatched(Unmatched unmatched) { m_unmatched = std::move(unmatched); }

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression path;
        Handler handler;
    };
    QList<Route> m_routes;
    Unmatched m_unmatched;
};

} // namespace paydesk::sandbox
