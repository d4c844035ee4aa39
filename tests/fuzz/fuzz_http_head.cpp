// The sandbox's reading of an HTTP request head (sandbox/http_guard.*: checkRequestHead), which
// every connection passes before QtHttpServer sees it. The first byte chooses the limits (the
// defaults, or small ones so the fuzzer reaches them); the rest is the head. It never crashes;
// a refusal has a status the guard documents and a message; an accepted head keeps the limits
// and has no NUL byte; the same head always gets the same answer.
#include "fuzz_support.h"
#include "sandbox/http_guard.h"

using namespace paydesk;
using namespace paydesk::fuzz;
using namespace paydesk::sandbox;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    HttpLimits limits;
    if (data[0] & 1) {
        limits.maxHeadBytes = 256;
        limits.maxHeadLineBytes = 64;
        limits.maxHeaderFields = 4;
        limits.maxBodyBytes = 1000;
    }
    const QByteArray head = bytes(data + 1, size - 1);
    const RequestHead answer = checkRequestHead(head, limits);
    const auto show = [&] {
        return QString::number(answer.status) + u' ' + answer.message + u'\n' +
               QString::fromLatin1(head.toPercentEncoding(" :/\r\n"));
    };

    static const int Statuses[] = {0, 400, 411, 413, 414, 417, 431, 501, 505};
    FUZZ_CHECK(std::find(std::begin(Statuses), std::end(Statuses), answer.status) !=
                   std::end(Statuses),
               "a head is refused with an undocumented status", show());
    FUZZ_CHECK((answer.status == 0) == answer.message.isEmpty(),
               "a refusal without a message, or a message without a refusal", show());
    if (answer.status == 0) {
        FUZZ_CHECK(answer.contentLength >= 0 && answer.contentLength <= limits.maxBodyBytes,
                   "an accepted head declares a body beyond the limit", show());
        FUZZ_CHECK(head.size() <= limits.maxHeadBytes, "an accepted head is over the limit",
                   show());
        FUZZ_CHECK(!head.contains('\0'), "an accepted head has a NUL byte", show());
    }
    const RequestHead again = checkRequestHead(head, limits);
    FUZZ_CHECK(again.status == answer.status && again.message == answer.message &&
                   again.contentLength == answer.contentLength &&
                   again.expectsContinue == answer.expectsContinue,
               "the same head gets two answers", show());
    return 0;
}
