#include "ErrorText.h"

#include "util/TextFormat.h"

namespace {

// "Invalid model specified" -> " (Invalid model specified)"; nothing when empty.
// A provider's text is untrusted: no escape sequences, no line breaks, bounded length.
QString detail(const QString& providerMessage)
{
    QString m = TextFormat::printableLine(providerMessage, ErrorText::kMaxQuotedChars);
    while (m.endsWith(u'.'))
        m.chop(1);
    return m.isEmpty() ? QString() : QStringLiteral(" (") + m + u')';
}
} // namespace

ErrorKind ErrorText::kindForHttpStatus(int status)
{
    switch (status) {
    case 400: return ErrorKind::BadRequest;
    case 401: return ErrorKind::Auth;
    case 402: return ErrorKind::Billing;
    case 403: return ErrorKind::Forbidden;
    case 404: return ErrorKind::NotFound;
    case 408: return ErrorKind::Timeout;
    case 429: return ErrorKind::RateLimit;
    default: break;
    }
    if (status >= 500)
        return ErrorKind::Server;
    return ErrorKind::BadRequest;
}

QString ErrorText::forHttpStatus(ErrorKind kind, int status, const QString& providerName, const QString& providerId,
                      const QString& providerMessage)
{
    const QString d = detail(providerMessage);
    switch (kind) {
    case ErrorKind::Auth:
        return tr("%1 rejected the API key%2; enter a valid key in Settings or run `switchyard keys set %3`.")
            .arg(providerName, d, providerId);
    case ErrorKind::Forbidden:
        return tr("%1 refused this request%2; check the key's permissions or change the prompt.")
            .arg(providerName, d);
    case ErrorKind::Moderation:
        return tr("%1's moderation flagged the prompt%2; change the prompt or pick a model without moderation.")
            .arg(providerName, d);
    case ErrorKind::Billing:
        return tr("%1 says the account is out of credits%2; add credits or choose a cheaper model.")
            .arg(providerName, d);
    case ErrorKind::NotFound:
        return tr("%1 does not know this model or address%2; check the model name and the base URL.")
            .arg(providerName, d);
    case ErrorKind::Timeout:
        return tr("%1 timed out while handling the request%2; try again.").arg(providerName, d);
    case ErrorKind::RateLimit:
        return tr("%1 is limiting how fast you can send requests%2; wait a minute and try again, or pick another model.")
            .arg(providerName, d);
    case ErrorKind::Server:
        return tr("%1 had a server error (HTTP %2)%3; try again in a moment or pick another model.")
            .arg(providerName, QString::number(status), d);
    default:
        return tr("%1 rejected the request (HTTP %2)%3; check the model name and the request settings.")
            .arg(providerName, QString::number(status), d);
    }
}

QString ErrorText::forNetwork(const QString& providerName, const QString& host, const QString& detailText,
                   const QString& startHint)
{
    if (detailText == QLatin1String("refused") && !startHint.isEmpty())
        return tr("%1 is not running at %2; start it with `%3`.").arg(providerName, host, startHint);
    if (detailText == QLatin1String("refused"))
        return tr("Could not connect to %1 at %2; check that it is reachable and that the base URL is right.")
            .arg(providerName, host);
    if (detailText == QLatin1String("host-not-found"))
        return tr("Could not find the server %2 for %1; check your network connection and the base URL.")
            .arg(providerName, host);
    if (detailText == QLatin1String("redirect"))
        return tr("%1 at %2 redirected the request to another server; Switchyard does not send your key there, "
                  "so nothing was sent. Check the base URL in Settings.")
            .arg(providerName, host);
    if (detailText == QLatin1String("tls"))
        return tr("The secure connection to %1 at %2 failed; check the base URL and the system clock.")
            .arg(providerName, host);
    return tr("The connection to %1 was lost; the partial answer was kept, try again.").arg(providerName);
}

QString ErrorText::forRedirect(const QString& providerName, const QString& host, const QString& target)
{
    return tr("%1 at %2 redirected the request to %3; Switchyard does not send your key to another server, "
              "so nothing was sent there. Check the base URL in Settings.")
        .arg(providerName, host, TextFormat::printableLine(target, kMaxQuotedChars));
}

QString ErrorText::forDeadline(const QString& providerName, int seconds)
{
    return tr("%1 did not finish the reply within %2 seconds, so the request was stopped; the partial answer was kept, "
              "try again.")
        .arg(providerName)
        .arg(seconds);
}

QString ErrorText::forTimeout(const QString& providerName, int seconds)
{
    return tr("%1 sent nothing for %2 seconds, so the request was stopped; the partial answer was kept, try again.")
        .arg(providerName)
        .arg(seconds);
}

QString ErrorText::forStreamError(const QString& providerName, const QString& providerMessage)
{
    return tr("%1 stopped the reply with an error%2; the partial answer was kept, try again or pick another model.")
        .arg(providerName, detail(providerMessage));
}

QString ErrorText::forTruncated(const QString& providerName)
{
    return tr("The reply from %1 ended before it was complete; the partial answer was kept, try again.")
        .arg(providerName);
}

QString ErrorText::forOversizedLine(const QString& providerName, int megabytes)
{
    return tr("%1 sent one line of more than %2 MB, which no reply needs, so the request was stopped; "
              "the partial answer was kept, try again or pick another model.")
        .arg(providerName)
        .arg(megabytes);
}

QString ErrorText::forMissingKey(const QString& providerName, const QString& providerId, const QString& envVar)
{
    if (envVar.isEmpty())
        return tr("No API key is set for %1; add one in Settings or run `switchyard keys set %2`.")
            .arg(providerName, providerId);
    return tr("No API key is set for %1; add one in Settings, run `switchyard keys set %2`, or set %3.")
        .arg(providerName, providerId, envVar);
}

QString ErrorText::forKeychainUnavailable(const QString& envVar)
{
    if (envVar.isEmpty())
        return tr("The system keychain is not available; start your desktop's keyring (Secret Service) and try again.");
    return tr("The system keychain is not available and %1 is not set; start your desktop's keyring "
              "(Secret Service) or set %1, then try again.")
        .arg(envVar);
}
