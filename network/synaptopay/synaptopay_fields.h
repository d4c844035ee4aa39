#pragma once

#include <QString>

namespace paydesk::synaptopay {

// The Paydesk field (models/fields.h) a path in a SynaptoPay error names:
// "transfers[0].account_name" is the first transfer's recipient, "payment_method" the payment
// method. Paths may come as the proto names them (snake_case) or in lowerCamelCase, as
// grpc-gateway writes JSON by default; a customer's fields may come under the create body's
// "customer." wrapper. A path no form has comes back as it was, so it is still shown, beside the
// form rather than under a field.
QString neutralField(const QString &wirePath);

} // namespace paydesk::synaptopay
