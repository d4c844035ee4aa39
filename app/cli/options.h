#pragma once

#include "models/metadata.h"
#include "network/api_error.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

// What paydesk-cli accepts on its command line, and the small readers of it.

namespace paydesk::cli {

// Options every command takes.
extern const QStringList GlobalOptions;
// Options that take a value, and flags: every option any command knows.
extern const QStringList ValueOptions;
extern const QStringList FlagOptions;
// Where a field the drafts or the API name is typed on this command line (models/fields.h).
extern const QHash<QString, QString> FieldOptions;
// `paydesk-cli --help`, translated where it is printed.
extern const char UsageText[];

constexpr double MinTimeoutSeconds = 1;
constexpr double MaxTimeoutSeconds = 3600;
constexpr double DefaultDeadlineSeconds = 300;
constexpr double MaxDeadlineSeconds = 86400;
// intents create --wait: how long to follow a payment after it was created.
constexpr int DefaultWaitSeconds = 120;
constexpr int MaxWaitSeconds = 3600;

// The exit code for a request the API or the network refused (see ExitCode).
int exitCodeFor(const ApiError &error);
// A secret from standard input: with echo off and after `promptText` on a terminal.
QByteArray readSecretFromStdin(bool prompt, const QString &promptText);
// KEY=VALUE pairs of --metadata; false with a message on a malformed pair.
bool parseMetadata(const QStringList &pairs, Metadata *metadata, QString *error);

} // namespace paydesk::cli
