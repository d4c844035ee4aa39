#pragma once

#include <QString>

namespace paydesk::dots {

// The Paydesk field (models/fields.h) a path in a Dots error names:
// "line_items[0].price_data.amount" is the first line's unit price, "customer_id" the customer. A
// path Dots may name but no form has comes back as it was, so it is still shown, beside the form
// rather than under a field.
QString neutralField(const QString &wirePath);

} // namespace paydesk::dots
