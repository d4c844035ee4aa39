#pragma once

// The commands every resource has (list, get, check) and the way results are printed, written
// once for every resource type. Included by the command files.

#include "cli.h"
#include "network/list_walker.h"
#include "options.h"
#include "output.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace paydesk::cli {

template <typename T>
void Cli::printList(const QList<T> &items)
{
    switch (OutputFormat(m_format)) {
    case OutputFormat::Json: {
        QJsonArray array;
        for (const T &item : items)
            array.append(m_provider->rawJson(item));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        break;
    }
    case OutputFormat::Csv:
        m_out << renderCsv(tabulate(items));
        break;
    case OutputFormat::Table:
        m_out << renderTable(tabulate(items));
        break;
    }
}

template <typename T>
void Cli::printObject(const T &object)
{
    switch (OutputFormat(m_format)) {
    case OutputFormat::Json:
        m_out << QJsonDocument(m_provider->rawJson(object)).toJson(QJsonDocument::Indented);
        break;
    case OutputFormat::Csv:
        m_out << renderCsv(tabulate(QList<T>{object}));
        break;
    case OutputFormat::Table:
        m_out << renderRecord(m_provider->rawJson(object));
        break;
    }
}

template <typename T>
void Cli::listCommand(
    const QString &noun,
    std::function<CallHandle(PaymentProvider *, const PageQuery &, QObject *, Callback<Page<T>>)>
        fetch)
{
    if (!checkOptions({QStringLiteral("limit"), QStringLiteral("all"), QStringLiteral("customer")}))
        return;
    const bool all = m_parser.isSet(QStringLiteral("all"));
    int limit = all ? 100 : 20;
    if (m_parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = m_parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 100) {
            fail(UsageError, tr("--limit must be a whole number from 1 to 100."));
            return;
        }
    }
    withProvider([this, all, limit, noun, fetch](PaymentProvider *provider) {
        auto items = std::make_shared<QList<T>>();
        const bool showProgress = all && isatty(STDERR_FILENO);
        walkPages<T>(
            [provider, fetch](const PageQuery &q, QObject *ctx, Callback<Page<T>> cb) {
                return fetch(provider, q, ctx, std::move(cb));
            },
            limit, this,
            [this, items, all, showProgress, noun](const QList<T> &page, const WalkProgress &p) {
                items->append(page);
                if (showProgress) {
                    m_err << '\r' << tr("Fetched %1 %2…").arg(p.items).arg(noun);
                    m_err.flush();
                }
                return all;
            },
            [this, items, showProgress](const Result<WalkProgress> &result) {
                if (showProgress)
                    m_err << '\n';
                if (!result.ok()) {
                    failApi(result.error());
                    return;
                }
                printList(*items);
                finish(Success);
            });
    });
}

template <typename T>
void Cli::getCommand(
    std::function<CallHandle(PaymentProvider *, const QString &, QObject *, Callback<T>)> fetch)
{
    if (!checkOptions({}))
        return;
    const QString id = m_positional.value(2);
    if (id.isEmpty() || m_positional.size() > 3) {
        fail(UsageError, tr("Give exactly one id: paydesk-cli %1 get ID.").arg(m_positional.at(0)));
        return;
    }
    withProvider([this, id, fetch](PaymentProvider *provider) {
        fetch(provider, id, this, [this](const Result<T> &result) {
            if (!result.ok()) {
                failApi(result.error());
                return;
            }
            printObject(result.value());
            finish(Success);
        });
    });
}

template <typename T>
void Cli::reportCreate(const CreateOutcome<T> &outcome, const QString &noun, const QString &family)
{
    m_writeSent.clear();
    switch (outcome.status) {
    case CreateStatus::Created:
        if (outcome.foundByLookup)
            m_err << tr("The answer was lost, but Paydesk found the %1 it created (request id %2).")
                         .arg(noun, outcome.requestId)
                  << ' ' << outcome.proof << '\n';
        printObject(*outcome.object);
        finish(Success);
        return;
    case CreateStatus::NotCreated: {
        if (!outcome.error) { // a check that proved it: nothing was made
            fail(RequestFailed, tr("The %1 was not created. %2").arg(noun, outcome.proof));
            return;
        }
        const ApiError &error = *outcome.error;
        const int code = exitCodeFor(error) == ApiRejected ? ApiRejected : RequestFailed;
        fail(code, tr("The %1 was not created. %2").arg(noun, error.message),
             apiErrorDetails(error));
        return;
    }
    case CreateStatus::Unknown:
        fail(OutcomeUnknown, outcome.guidance,
             {outcome.error ? tr("Cause: %1").arg(outcome.error->message) : QString(),
              tr("Request id: %1").arg(outcome.requestId),
              tr("Check with: paydesk-cli %1 check %2").arg(family, outcome.requestId)});
        return;
    }
}

template <typename T>
void Cli::checkCommand(
    const QString &noun, const QString &family,
    std::function<CallHandle(PaymentProvider *, const QString &, QObject *, CreateCallback<T>)>
        find)
{
    if (!checkOptions({}))
        return;
    const QString requestId = m_positional.value(2);
    if (requestId.isEmpty() || m_positional.size() > 3) {
        fail(UsageError, tr("Give exactly one request id: paydesk-cli %1 check REQUEST_ID (exit "
                            "code 5 printed it).")
                             .arg(family));
        return;
    }
    withProvider([this, requestId, noun, family, find](PaymentProvider *provider) {
        find(provider, requestId, this, [this, noun, family](const CreateOutcome<T> &outcome) {
            reportCreate(outcome, noun, family);
        });
    });
}

} // namespace paydesk::cli
