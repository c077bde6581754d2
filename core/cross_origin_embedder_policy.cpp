#include "core/cross_origin_embedder_policy.h"

#include "core/origin.h"

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isLowerAlpha(char c) { return c >= 'a' && c <= 'z'; }
bool isAlpha(char c) { return isLowerAlpha(c) || (c >= 'A' && c <= 'Z'); }

// https://www.rfc-editor.org/rfc/rfc8941#name-parsing-structured-fields: an Item, read from the front
// of `m_input`. Only the bare item's token is kept; the rest is checked and dropped.
class ItemParser {
public:
    explicit ItemParser(QByteArrayView input) : m_input(input) {}

    // https://www.rfc-editor.org/rfc/rfc8941#name-parsing-structured-fields, steps 2-7 for an Item:
    // the bare item's token (empty when it is another type), nullopt when the field does not parse.
    std::optional<QByteArray> tokenOfItem()
    {
        skipSpaces();
        std::optional<QByteArray> token;
        if (!bareItem(&token) || !parameters())
            return std::nullopt;
        skipSpaces();
        if (!m_input.isEmpty())
            return std::nullopt;
        return token.value_or(QByteArray());
    }

private:
    bool empty() const { return m_input.isEmpty(); }
    char peek() const { return m_input.front(); }
    char take()
    {
        const char c = m_input.front();
        m_input = m_input.sliced(1);
        return c;
    }
    void skipSpaces()
    {
        while (!empty() && peek() == ' ')
            take();
    }

    // https://www.rfc-editor.org/rfc/rfc8941#name-parsing-a-bare-item; `token` is set for a Token.
    bool bareItem(std::optional<QByteArray> *token)
    {
        if (empty())
            return false;
        const char c = peek();
        if (c == '-' || isDigit(c))
            return number();
        if (c == '"')
            return string();
        if (c == ':')
            return byteSequence();
        if (c == '?')
            return boolean();
        if (isAlpha(c) || c == '*') {
            QByteArray value;
            tokenValue(&value);
            if (token)
                *token = value;
            return true;
        }
        return false;
    }

    // https://www.rfc-editor.org/rfc/rfc8941#name-parsing-parameters
    bool parameters()
    {
        while (!empty() && peek() == ';') {
            take();
            skipSpaces();
            if (!key())
                return false;
            if (!empty() && peek() == '=') {
                take();
                if (!bareItem(nullptr))
                    return false;
            }
        }
        return true;
    }

    // https://www.rfc-editor.org/rfc/rfc8941#name-parsing-a-key
    bool key()
    {
        if (empty() || !(isLowerAlpha(peek()) || peek() == '*'))
            return false;
        while (!empty() && (isLowerAlpha(peek()) || isDigit(peek()) || peek() == '_' || peek() == '-' || peek() == '.' || peek() == '*'))
            take();
        return true;
    }

    // https://www.rfc-editor.org/rfc/rfc8941#name-parsing-an-integer-or-decim
    bool number()
    {
        if (peek() == '-')
            take();
        if (empty() || !isDigit(peek()))
            return false;
        qsizetype length = 0;
        qsizetype dot = -1;
        while (!empty()) {
            const char c = peek();
            if (isDigit(c)) {
                take();
            } else if (dot < 0 && c == '.') {
                if (length > 12)
                    return false;
                take();
                dot = length;
            } else {
                break;
            }
            ++length;
            if ((dot < 0 && length > 15) || (dot >= 0 && length > 16))
                return false;
        }
        if (dot < 0)
            return true;
        const qsizetype fraction = length - dot - 1;
        return fraction >= 1 && fraction <= 3;
    }

    // https://www.rfc-editor.org/rfc/rfc8941#name-parsing-a-string
    bool string()
    {
        take();
        while (!empty()) {
            const char c = take();
            if (c == '\\') {
                if (empty())
                    return false;
                const char escaped = take();
                if (escaped != '"' && escaped != '\\')
                    return false;
            } else if (c == '"') {
                return true;
            } else if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e) {
                return false;
            }
        }
        return false;
    }

    // https://www.rfc-editor.org/rfc/rfc8941#name-parsing-a-token
    void tokenValue(QByteArray *value)
    {
        value->append(take());
        while (!empty() && (isHttpTokenByte(peek()) || peek() == ':' || peek() == '/'))
            value->append(take());
    }

    // https://www.rfc-editor.org/rfc/rfc8941#name-parsing-a-byte-sequence
    bool byteSequence()
    {
        take();
        while (!empty()) {
            const char c = take();
            if (c == ':')
                return true;
            if (!(isAlpha(c) || isDigit(c) || c == '+' || c == '/' || c == '='))
                return false;
        }
        return false;
    }

    // https://www.rfc-editor.org/rfc/rfc8941#name-parsing-a-boolean
    bool boolean()
    {
        take();
        if (empty())
            return false;
        const char c = take();
        return c == '0' || c == '1';
    }

    QByteArrayView m_input;
};

} // namespace

QLatin1StringView embedderPolicyValueName(EmbedderPolicyValue value)
{
    switch (value) {
    case EmbedderPolicyValue::UnsafeNone: return "unsafe-none"_L1;
    case EmbedderPolicyValue::RequireCorp: return "require-corp"_L1;
    case EmbedderPolicyValue::Credentialless: return "credentialless"_L1;
    }
    return {};
}

bool isCompatibleWithCrossOriginIsolation(EmbedderPolicyValue value)
{
    return value == EmbedderPolicyValue::RequireCorp || value == EmbedderPolicyValue::Credentialless;
}

EmbedderPolicyValue parseEmbedderPolicyValue(const std::optional<QByteArray> &value)
{
    if (!value)
        return EmbedderPolicyValue::UnsafeNone;
    // Chromium: ParseItem, then the token compared case-sensitively; several lines, once combined,
    // are a list and no item at all (all seen in Chromium 156.0.8078.114).
    const std::optional<QByteArray> token = ItemParser(*value).tokenOfItem();
    if (token == "require-corp")
        return EmbedderPolicyValue::RequireCorp;
    if (token == "credentialless")
        return EmbedderPolicyValue::Credentialless;
    return EmbedderPolicyValue::UnsafeNone;
}

EmbedderPolicy obtainEmbedderPolicy(const HeaderList &headers, const Url &documentUrl)
{
    // https://html.spec.whatwg.org/multipage/browsers.html#obtain-an-embedder-policy, step 2: only a
    // secure context parses the headers (seen in Chromium 156.0.8078.114: http://localhost and
    // http://127.0.0.1 count, http://app.example.com does not).
    if (!isPotentiallyTrustworthy(documentUrl))
        return {};
    return {parseEmbedderPolicyValue(headers.get("cross-origin-embedder-policy")),
            parseEmbedderPolicyValue(headers.get("cross-origin-embedder-policy-report-only"))};
}

} // namespace corslab
