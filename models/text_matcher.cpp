#include "models/text_matcher.h"

#include <QChar>

namespace paydesk {

namespace {

char16_t foldAscii(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
}

// Whether text character `c` folds to `folded`, an ASCII character already folded.
bool foldsTo(char16_t c, char16_t folded)
{
    if (c < 0x80)
        return foldAscii(c) == folded;
    return QChar::toCaseFolded(c) == folded;
}

} // namespace

TextMatcher::TextMatcher(const QString &pattern)
    : m_pattern(pattern)
{
    m_folded.reserve(size_t(pattern.size()));
    for (const QChar c : pattern) {
        if (c.unicode() >= 0x80) {
            m_ascii = false;
            break;
        }
        m_folded.push_back(foldAscii(c.unicode()));
    }
    if (!m_ascii) {
        m_folded.clear();
        m_unicode = QStringMatcher(pattern, Qt::CaseInsensitive);
    }
}

qsizetype TextMatcher::indexIn(QStringView text) const
{
    if (!m_ascii)
        return m_unicode.indexIn(text);
    const qsizetype m = qsizetype(m_folded.size());
    if (m == 0)
        return 0;
    const qsizetype n = text.size();
    const char16_t *t = text.utf16();
    const char16_t first = m_folded.front();
    // The first character's other ASCII case, or itself.
    const char16_t firstOther =
        first >= u'a' && first <= u'z' ? char16_t(first - (u'a' - u'A')) : first;
    for (qsizetype i = 0; i + m <= n; ++i) {
        const char16_t c = t[i];
        if (c != first && c != firstOther && (c < 0x80 || QChar::toCaseFolded(c) != first))
            continue;
        qsizetype j = 1;
        while (j < m && foldsTo(t[i + j], m_folded[size_t(j)]))
            ++j;
        if (j == m)
            return i;
    }
    return -1;
}

} // namespace paydesk
