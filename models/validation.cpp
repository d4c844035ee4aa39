#include "models/validation.h"

#include <algorithm>

namespace paydesk {

void ValidationResult::merge(const ValidationResult &other, const QString &fieldPrefix)
{
    for (const FieldError &error : other.m_errors) {
        if (fieldPrefix.isEmpty()) {
            m_errors.append(error);
        } else if (error.field.isEmpty()) {
            m_errors.append({fieldPrefix, error.message});
        } else {
            // `line_items` + `[1].quantity` joins without a dot, `address` + `city` with one.
            const QString separator =
                error.field.startsWith(QLatin1Char('[')) ? QString() : QStringLiteral(".");
            m_errors.append({fieldPrefix + separator + error.field, error.message});
        }
    }
}

bool ValidationResult::has(const QString &field) const
{
    return std::any_of(m_errors.cbegin(), m_errors.cend(),
                       [&](const FieldError &error) { return error.field == field; });
}

QString ValidationResult::messageFor(const QString &field) const
{
    for (const FieldError &error : m_errors) {
        if (error.field == field)
            return error.message;
    }
    return {};
}

} // namespace paydesk
