#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// The Dots contract (dots-v2.yaml), read just far enough to hold Paydesk's JSON against it: the
// properties each schema declares, their types, enums, formats, bounds and required fields.
// The file is machine-written OpenAPI with two-space indentation, so a line-based reading of its
// block structure is enough; anything else in it is ignored.
class DotsContract
{
public:
    // From $PAYDESK_SPECS_DIR/dots-v2.yaml (or the folder the build was configured with);
    // nullopt (and `error` set) when it cannot be read.
    static std::optional<DotsContract> load(QString *error);

    // A schema is named by the line that holds it; NotFound when there is no such schema.
    static constexpr int NotFound = -2;

    int componentSchema(const QString &name) const;
    int requestSchema(const QString &path, const QString &method = QStringLiteral("post")) const;

    // The property names an object schema declares (after following a $ref).
    QStringList propertyNames(int schema) const;

    // Everything in `value` that the schema does not allow: undeclared keys, wrong types, values
    // outside an enum or a bound, malformed uuids, emails and URIs, missing required keys.
    // Empty when `value` conforms.
    QStringList violations(const QJsonValue &value, int schema, const QString &path = {}) const;

private:
    static constexpr int Root = -1; // the document itself, parent of the top-level keys

    explicit DotsContract(QStringList lines);

    int indentOf(int line) const;
    QString keyOf(int line) const;
    QString valueOf(int line) const;
    QList<int> children(int line) const;
    int child(int line, const QString &key) const;
    QStringList listItems(int line) const;
    int resolved(int schema) const;

    QStringList m_lines;
};
