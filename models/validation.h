#pragma once

#include <QList>
#include <QString>

namespace paydesk {

// One rule broken by one field. `field` is the field's provider-neutral name (models/fields.h:
// `firstName`, `address.city`, `lineItems[2].quantity`); each provider translates the paths its
// server names into these, so that an error from the client-side check and a 400 from the server
// land on the same widget. `message` is a full sentence a person understands, naming the field in
// words and the rule.
struct FieldError
{
    QString field;
    QString message;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

class ValidationResult
{
public:
    bool ok() const { return m_errors.isEmpty(); }
    const QList<FieldError> &errors() const { return m_errors; }

    void add(const QString &field, const QString &message) { m_errors.append({field, message}); }
    void merge(const ValidationResult &other, const QString &fieldPrefix = {});

    bool has(const QString &field) const;
    // The first message for a field, or an empty string.
    QString messageFor(const QString &field) const;

private:
    QList<FieldError> m_errors;
};

} // namespace paydesk
