#include "cli.h"
#include "cli_generic.h"
#include "options.h"

#include <QCoreApplication>

namespace paydesk::cli {

void Cli::devicesList()
{
    listCommand<Device>(tr("card terminals"), [](PaymentProvider *p, const PageQuery &q, QObject *c,
                                                 Callback<Page<Device>> cb) {
        return p->listDevices(q, c, std::move(cb));
    });
}

} // namespace paydesk::cli
