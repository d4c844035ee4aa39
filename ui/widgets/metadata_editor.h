#pragma once

#include "models/metadata.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace paydesk {

// Key/value pairs a person attaches to what they create, one row each, checked against the
// provider's limits (MetadataLimits). The key Paydesk writes into every create
// (paydesk_request_id) is refused.
class MetadataEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MetadataEditor(QWidget *parent = nullptr);

    void setLimits(const MetadataLimits &limits);
    const MetadataLimits &limits() const { return m_limits; }

    // The pairs typed so far; rows whose key and value are both empty are skipped. Keys keep
    // what was typed (validate() reports stray spaces).
    Metadata metadata() const;
    void setMetadata(const Metadata &metadata);

    // Adds a row (empty unless given) and returns its index.
    int addRow(const QString &key = {}, const QString &value = {});
    void removeRow(int row);
    int rowCount() const;

    // The limits of Metadata::validate plus what a table allows and a JSON object does not:
    // the same key twice. Errors are on `fieldPrefix` or `fieldPrefix.key`.
    ValidationResult validate(const QString &fieldPrefix = field::Metadata) const;

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    // A person changed a key or value, or added or removed a row.
    void edited();

private:
    void updateButtons();
    void updateHint();

    MetadataLimits m_limits = MetadataLimits::dots();
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_hint;
    bool m_filling = false;
};

} // namespace paydesk
