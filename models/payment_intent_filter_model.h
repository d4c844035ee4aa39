#pragma once

#include "models/payment_intent_table_model.h"
#include "models/resource_filter_model.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace paydesk {

// Filters and sorts a PaymentIntentTableModel. Free text searches the id, description,
// customer id and name, payment method id, raw status and metadata. Sorting compares the raw
// values of the sort column straight from the intents: amounts as minor units (then by
// currency), dates as instants, the customer column by the name shown.
class PaymentIntentFilterModel : public ResourceFilterModel
{
    Q_OBJECT

public:
    explicit PaymentIntentFilterModel(QObject *parent = nullptr);

    // Takes a PaymentIntentTableModel; any other model is shown unfiltered in source order.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    const PaymentIntentTableModel *intents() const
    {
        return sourceModel() == m_intents ? m_intents : nullptr;
    }

    // The intent shown in proxy row `row`.
    const PaymentIntent &intentAt(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    // The customers whose name holds `word` (one of testedWords()), found once per filter and
    // set of names by a pass over the names, which are far fewer than the rows: a row then needs
    // no look-up of its customer's name unless some name holds the word.
    const QSet<QString> &customersNamedLike(const TextMatcher &word) const;

    const PaymentIntentTableModel *m_intents = nullptr;
    // What customersNamedLike() found, and for what: copies that share the words' and the
    // names' data, so new words or names are never taken for these.
    mutable QList<TextMatcher> m_namedWords;
    mutable QHash<QString, QString> m_namedFrom;
    mutable std::vector<QSet<QString>> m_named;
};

} // namespace paydesk
