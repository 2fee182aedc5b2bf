#include "hookcore/RedactionRules.h"

#include "hookcore/RedactionScan.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <string>

using namespace RedactionScan;

namespace {

bool anthropicKey(std::string_view text, std::size_t from, RedactionMatch *m)
{
    return findToken({ { "sk-ant-" }, isUrlSafe64, 20, 0 }, text, from, m);
}

bool openAiKey(std::string_view text, std::size_t from, RedactionMatch *m)
{
    // "sk-ant-" bodies do not look random to this rule only by chance: the Anthropic rule runs first.
    return findToken({ { "sk-" }, isUrlSafe64, 20, 0, true }, text, from, m);
}

bool awsAccessKeyId(std::string_view text, std::size_t from, RedactionMatch *m)
{
    // Access keys (AKIA), temporary ones (ASIA) and the rarer credential prefixes; IAM user/role ids are no secrets.
    return findToken({ { "AKIA", "ASIA", "ABIA", "ACCA" }, isUpperOrDigit, 16, 16 }, text, from, m);
}

bool awsSecretKey(std::string_view text, std::size_t from, RedactionMatch *m)
{
    // aws_secret_access_key = … (credentials files, env) and "SecretAccessKey": "…" (aws sts output).
    for (std::size_t at = from; at < text.size();) {
        const std::size_t a = findNoCase(text, "secret_access_key", at);
        const std::size_t b = findNoCase(text, "secretaccesskey", at);
        const std::size_t key = std::min(a, b);
        if (key == std::string_view::npos)
            return false;
        const std::size_t value = valueAfterKey(text, key + (key == a ? 17 : 15));
        if (value != std::string_view::npos && !alreadyRedacted(text, value)) {
            const std::size_t end = spanOf(text, value, isBase64);
            if (end - value >= 30) {
                *m = { value, end };
                return true;
            }
        }
        at = key + 1;
    }
    return false;
}

bool githubToken(std::string_view text, std::size_t from, RedactionMatch *m)
{
    RedactionMatch classic, fineGrained;
    const bool a = findToken({ { "ghp_", "gho_", "ghu_", "ghs_", "ghr_" }, isAlnum, 36, 0 }, text, from, &classic);
    const bool b = findToken({ { "github_pat_" }, isWordChar, 22, 0 }, text, from, &fineGrained);
    if (!a && !b)
        return false;
    *m = a && (!b || classic.begin < fineGrained.begin) ? classic : fineGrained;
    return true;
}

bool gitlabToken(std::string_view text, std::size_t from, RedactionMatch *m)
{
    return findToken({ { "glpat-", "gldt-", "glrt-", "glptt-" }, isUrlSafe64, 20, 0 }, text, from, m);
}

bool slackToken(std::string_view text, std::size_t from, RedactionMatch *m)
{
    RedactionMatch token, hook;
    const bool a = findToken(
        { { "xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-", "xapp-" }, isUrlSafe64, 10, 0 }, text, from, &token);
    // An incoming-webhook URL is a credential too: whoever has it can post.
    const bool b
        = findToken({ { "hooks.slack.com/services/" }, [](unsigned char c) { return isAlnum(c) || c == '/'; }, 20, 0 },
            text, from, &hook);
    if (!a && !b)
        return false;
    *m = a && (!b || token.begin < hook.begin) ? token : hook;
    return true;
}

bool googleApiKey(std::string_view text, std::size_t from, RedactionMatch *m)
{
    return findToken({ { "AIza" }, isUrlSafe64, 35, 35 }, text, from, m);
}

bool jwt(std::string_view text, std::size_t from, RedactionMatch *m)
{
    // header.payload.signature, both JSON objects: base64url of '{"' is "eyJ".
    for (std::size_t at = text.find("eyJ", from); at != std::string_view::npos; at = text.find("eyJ", at + 1)) {
        if (!startsToken(text, at))
            continue;
        const std::size_t headerEnd = spanOf(text, at, isUrlSafe64);
        if (headerEnd - at < 10 || text.substr(headerEnd, 4) != ".eyJ")
            continue;
        const std::size_t payloadEnd = spanOf(text, headerEnd + 1, isUrlSafe64);
        if (payloadEnd - headerEnd - 1 < 10 || payloadEnd >= text.size() || text[payloadEnd] != '.')
            continue;
        *m = { at, spanOf(text, payloadEnd + 1, isUrlSafe64) }; // an unsigned token's signature is empty
        return true;
    }
    return false;
}

bool privateKeyBlock(std::string_view text, std::size_t from, RedactionMatch *m)
{
    for (std::size_t at = text.find("-----BEGIN ", from); at != std::string_view::npos;
         at = text.find("-----BEGIN ", at + 1)) {
        const std::size_t labelStart = at + 11;
        const std::size_t labelEnd = text.find("-----", labelStart);
        if (labelEnd == std::string_view::npos)
            return false;
        const std::string_view label = text.substr(labelStart, labelEnd - labelStart);
        if (label.size() < 11 || label.size() > 40 || label.substr(label.size() - 11) != "PRIVATE KEY")
            continue; // certificates and public keys stay
        const std::string endMarker = "-----END " + std::string(label) + "-----";
        const std::size_t end = text.find(endMarker, labelEnd);
        // A block cut short (a capped field) is still the key's bytes: to the end.
        *m = { at, end == std::string_view::npos ? text.size() : end + endMarker.size() };
        return true;
    }
    return false;
}

bool bearerHeader(std::string_view text, std::size_t from, RedactionMatch *m)
{
    for (std::size_t at = findNoCase(text, "authorization", from); at != std::string_view::npos;
         at = findNoCase(text, "authorization", at + 1)) {
        std::size_t value = valueAfterKey(text, at + 13);
        if (value == std::string_view::npos || findNoCase(text.substr(value, 7), "bearer", 0) != 0)
            continue;
        value = skip(text, value + 6, isBlank);
        const std::size_t end = spanOf(text, value, isTokenChar);
        // "$TOKEN" and "${TOKEN}" name a secret without holding it.
        if (end - value >= 8 && text[value] != '$' && !alreadyRedacted(text, value)) {
            *m = { value, end };
            return true;
        }
    }
    return false;
}

// The key names a secret: a word (split at _ . -) says so, or its last word is KEY/TOKEN.
bool keyNamesSecret(std::string_view key)
{
    static constexpr std::array<std::string_view, 6> kAnyWord { "secret", "password", "passwd", "passphrase",
        "credential", "credentials" };
    static constexpr std::array<std::string_view, 6> kLastWord { "key", "token", "apikey", "pwd", "pat", "auth" };
    std::string word;
    bool named = false;
    for (std::size_t i = 0; i <= key.size(); ++i) {
        if (i == key.size() || key[i] == '_' || key[i] == '.' || key[i] == '-') {
            named |= std::find(kAnyWord.begin(), kAnyWord.end(), word) != kAnyWord.end();
            if (i == key.size())
                return named || std::find(kLastWord.begin(), kLastWord.end(), word) != kLastWord.end();
            word.clear();
        } else {
            word += lower(key[i]);
        }
    }
    return named;
}

// Where the line after the one holding `at` starts; npos after the last.
std::size_t nextLine(std::string_view text, std::size_t at)
{
    const std::size_t newline = text.find('\n', at);
    return newline == std::string_view::npos ? std::string_view::npos : newline + 1;
}

bool envSecretLine(std::string_view text, std::size_t from, RedactionMatch *m)
{
    // Lines start at 0 and after each '\n'; `from` may sit inside a line already looked at.
    for (std::size_t line = from == 0 ? 0 : nextLine(text, from - 1); line < text.size(); line = nextLine(text, line)) {
        std::size_t at = skip(text, line, isBlank);
        if (text.substr(at, 7) == "export ")
            at = skip(text, at + 7, isBlank);
        if (at >= text.size() || !(std::isalpha(static_cast<unsigned char>(text[at])) || text[at] == '_'))
            continue;
        const std::size_t keyEnd
            = spanOf(text, at, [](unsigned char c) { return isWordChar(c) || c == '.' || c == '-'; });
        std::size_t value = skip(text, keyEnd, isBlank);
        if (value >= text.size() || text[value] != '=')
            continue;
        value = skip(text, value + 1, isBlank);
        std::size_t end = text.find('\n', value);
        end = end == std::string_view::npos ? text.size() : end;
        while (end > value && (text[end - 1] == '\r' || isBlank(static_cast<unsigned char>(text[end - 1]))))
            --end;
        if (end == value || text[value] == '$' || alreadyRedacted(text, skip(text, value, isQuote))
            || !keyNamesSecret(text.substr(at, keyEnd - at)))
            continue;
        *m = { value, end };
        return true;
    }
    return false;
}
} // namespace

const std::vector<RedactionRule> &redactionRules()
{
    static const std::vector<RedactionRule> rules {
        { "private-key", "-----BEGIN … PRIVATE KEY----- through its END line (to the end when cut)", privateKeyBlock },
        { "anthropic-key", "sk-ant-…, 20+ characters", anthropicKey },
        { "openai-key", "sk-… (sk-proj-…), 20+ random characters (digits, upper and lower case)", openAiKey },
        { "aws-access-key-id", "AKIA/ASIA/ABIA/ACCA + 16 upper-case letters or digits", awsAccessKeyId },
        { "aws-secret-key", "the value of aws_secret_access_key = … or \"SecretAccessKey\": \"…\"", awsSecretKey },
        { "github-token", "ghp_/gho_/ghu_/ghs_/ghr_ + 36+, github_pat_ + 22+", githubToken },
        { "gitlab-token", "glpat-/gldt-/glrt-/glptt- + 20+", gitlabToken },
        { "slack-token", "xoxb-/xoxp-/xoxa-/xoxr-/xoxs-/xoxe-/xapp- tokens, hooks.slack.com/services/ URLs",
            slackToken },
        { "google-api-key", "AIza + 35", googleApiKey },
        { "jwt", "eyJ….eyJ….signature", jwt },
        { "bearer-token", "the token of Authorization: Bearer …", bearerHeader },
        { "env-secret",
            "the value of a KEY=value line whose key says secret/password/credential or ends in "
            "KEY/TOKEN",
            envSecretLine },
    };
    return rules;
}
