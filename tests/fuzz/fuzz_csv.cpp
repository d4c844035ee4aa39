// The CSV writer (models/csv.*). The input, as UTF-8, is a table: U+001E ends a row and U+001F
// a field. The table is written with csv::line and read back with a strict RFC 4180 reader; every
// field must come back as it was, or with the apostrophe that keeps a spreadsheet from running
// it as a formula, and no field may leave the writer looking like a formula.
#include "fuzz_support.h"
#include "models/csv.h"

#include <QList>
#include <QStringList>

using namespace paydesk;
using namespace paydesk::fuzz;

namespace {

// RFC 4180, strictly: records end in CRLF; a field is quoted or holds no comma, quote, CR or LF;
// inside quotes a quote is doubled. Returns false (and where) on anything else.
bool readCsv(const QString &text, QList<QStringList> *rows, QString *error)
{
    rows->clear();
    QStringList row;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        // One field.
        field.clear();
        if (text[i] == u'"') {
            ++i;
            for (;;) {
                if (i >= n) {
                    *error = QStringLiteral("unterminated quoted field");
                    return false;
                }
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < n && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n') {
                if (text[i] == u'"') {
                    *error = QStringLiteral("quote inside an unquoted field at %1").arg(i);
                    return false;
                }
                field += text[i++];
            }
        }
        row.append(field);
        // What ends it: a comma, or CRLF ending the record.
        if (i < n && text[i] == u',') {
            ++i;
            if (i == n) {
                *error = QStringLiteral("a record ends in a comma without CRLF");
                return false;
            }
            continue;
        }
        if (i + 1 < n && text[i] == u'\r' && text[i + 1] == u'\n') {
            i += 2;
            rows->append(row);
            row.clear();
            continue;
        }
        *error = QStringLiteral("field not followed by a comma or CRLF at %1").arg(i);
        return false;
    }
    if (!row.isEmpty()) {
        *error = QStringLiteral("the last record has no CRLF");
        return false;
    }
    return true;
}

bool startsLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

bool isNumber(const QString &text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok;
}

QString show(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields) {
        QString escaped = field;
        escaped.replace(u'\r', QStringLiteral("\\r")).replace(u'\n', QStringLiteral("\\n"));
        quoted.append(u'[' + escaped + u']');
    }
    return quoted.join(u' ');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(bytes(data, size));
    QList<QStringList> table;
    for (const QString &row : input.split(QChar(0x1E)))
        table.append(row.split(QChar(0x1F)));

    QString document;
    for (const QStringList &row : std::as_const(table)) {
        const QString line = csv::line(row);
        FUZZ_CHECK(line.endsWith(QStringLiteral("\r\n")), "a line does not end in CRLF", show(row));
        document += line;
    }

    QList<QStringList> read;
    QString error;
    FUZZ_CHECK(readCsv(document, &read, &error), "the writer's output is not RFC 4180",
               error + u'\n' + document);
    FUZZ_CHECK(read.size() == table.size(), "the table comes back with a different number of rows",
               QString::number(table.size()) + QStringLiteral(" rows written, ") +
                   QString::number(read.size()) + QStringLiteral(" read"));
    for (qsizetype r = 0; r < table.size(); ++r) {
        const QStringList &written = table.at(r);
        const QStringList &back = read.at(r);
        FUZZ_CHECK(back.size() == written.size(),
                   "a row comes back with a different number of fields",
                   show(written) + QStringLiteral(" -> ") + show(back));
        for (qsizetype f = 0; f < written.size(); ++f) {
            const QString &original = written.at(f);
            const QString &field = back.at(f);
            // Never a formula: what starts like one is a number.
            FUZZ_CHECK(!startsLikeFormula(field) || isNumber(field),
                       "a field leaves the writer looking like a formula", show({original, field}));
            const bool same = field == original;
            const bool guarded = field == u'\'' + original && startsLikeFormula(original);
            FUZZ_CHECK(same || guarded, "a field does not come back as written",
                       show({original, field}));
            FUZZ_CHECK(csv::field(original) == csv::line({original}).chopped(2),
                       "field and line disagree on one field", show({original}));
        }
    }
    return 0;
}
