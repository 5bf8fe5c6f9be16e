#include "OpenRouterAccount.h"

#include "config/AppSettings.h"
#include "net/ErrorText.h"
#include "net/HttpStream.h"
#include "net/JsonScanner.h"
#include "providers/AdapterCommon.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderPreset.h"
#include "providers/ProviderRegistry.h"
#include "secrets/KeyStore.h"
#include "session/AppContext.h"
#include "usage/UsageQuery.h"
#include "util/Redact.h"

#include <QLocale>
#include <QNetworkRequest>
#include <QSettings>
#include <QUrl>

namespace {

// A JSON number (or a numeric string) as the exact amount it spells; none for null or anything else.
std::optional<Money::Amount> amountOf(QByteArrayView raw)
{
    if (raw.isEmpty() || raw == "null")
        return std::nullopt;
    QByteArray text = raw.toByteArray();
    if (text.size() >= 2 && text.startsWith('"') && text.endsWith('"'))
        text = text.mid(1, text.size() - 2);
    return Money::parseUsd(QString::fromLatin1(text));
}

// Walks {"data":{…}} and hands each key of data with its raw value to read.
template <typename Read> bool readData(const QByteArray& body, Read&& read)
{
    JsonScanner s(body);
    if (!s.enterObject())
        return false;
    bool found = false;
    QByteArrayView key;
    while (s.nextKey(&key)) {
        if (key != "data" || s.peek() != '{') {
            s.skipValue();
            continue;
        }
        found = true;
        s.enterObject();
        QByteArrayView field;
        while (s.nextKey(&field)) {
            if (s.peek() == '"') {
                QString text;
                const QByteArrayView span = s.valueSpan();
                if (span.size() >= 2)
                    JsonScanner::decodeString(span.sliced(1, span.size() - 2), &text);
                read(field, span, text);
            } else {
                read(field, s.valueSpan(), QString());
            }
        }
    }
    return found && s.ok();
}

const char* const kCreditsLeftKey = "openrouter/creditsLeft";
const char* const kCreditsAtKey = "openrouter/creditsFetchedAt";

} // namespace

std::optional<Money::Amount> OpenRouterCredits::left() const
{
    if (!total || !used)
        return std::nullopt;
    return *total - *used;
}

OpenRouterAccount::OpenRouterAccount(AppContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    qRegisterMetaType<OpenRouterSnapshot>();
}

OpenRouterAccount::~OpenRouterAccount()
{
    if (m_stream)
        m_stream->cancel();
}

ProviderPreset OpenRouterAccount::preset(const AppContext& context)
{
    // OpenRouter's own preset: the one whose model list is the price catalog and that takes
    // a fallback list. Found by what it offers, never by a name typed in here alone.
    for (const ProviderPreset& p : context.providers()->providers()) {
        if (p.isPriceCatalog && p.supportsFallbackList)
            return p;
    }
    return {};
}

OpenRouterKeyInfo OpenRouterAccount::parseKey(const QByteArray& body)
{
    OpenRouterKeyInfo k;
    k.ok = readData(body, [&k](QByteArrayView field, QByteArrayView raw, const QString& text) {
        if (field == "label")
            k.label = text;
        else if (field == "limit")
            k.limit = amountOf(raw);
        else if (field == "limit_remaining")
            k.limitRemaining = amountOf(raw);
        else if (field == "limit_reset")
            k.limitReset = text;
        else if (field == "usage")
            k.usage = amountOf(raw);
        else if (field == "usage_daily")
            k.usageDaily = amountOf(raw);
        else if (field == "usage_weekly")
            k.usageWeekly = amountOf(raw);
        else if (field == "usage_monthly")
            k.usageMonthly = amountOf(raw);
        else if (field == "is_free_tier" && (raw == "true" || raw == "false"))
            k.isFreeTier = raw == "true";
    });
    return k;
}

OpenRouterCredits OpenRouterAccount::parseCredits(const QByteArray& body)
{
    OpenRouterCredits c;
    c.ok = readData(body, [&c](QByteArrayView field, QByteArrayView raw, const QString&) {
        if (field == "total_credits")
            c.total = amountOf(raw);
        else if (field == "total_usage")
            c.used = amountOf(raw);
    });
    return c;
}

QDateTime OpenRouterAccount::utcDayStart(const QDateTime& now)
{
    return QDateTime(now.toUTC().date(), QTime(0, 0), Qt::UTC);
}

QDateTime OpenRouterAccount::utcWeekStart(const QDateTime& now)
{
    const QDate d = now.toUTC().date();
    return QDateTime(d.addDays(1 - d.dayOfWeek()), QTime(0, 0), Qt::UTC); // Monday
}

QDateTime OpenRouterAccount::utcMonthStart(const QDateTime& now)
{
    const QDate d = now.toUTC().date();
    return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), Qt::UTC);
}

LedgerSpend OpenRouterAccount::ledgerSpend(Database* db, const QString& provider, const QDateTime& now)
{
    LedgerSpend out;
    const UsageQuery query(db);
    const auto spend = [&](const QDateTime& since, qint64* unknown) {
        UsageFilter f;
        f.since = since;
        f.provider = provider;
        Money::Amount sum = 0;
        for (const UsageGroup& g : query.aggregate(UsageGroupBy::Provider, f)) {
            sum += g.cost;
            if (unknown)
                *unknown += g.unknownCostRequests;
        }
        return sum;
    };
    out.day = spend(utcDayStart(now), nullptr);
    out.week = spend(utcWeekStart(now), nullptr);
    out.month = spend(utcMonthStart(now), &out.unknownCostRequests);
    return out;
}

QStringList OpenRouterAccount::differenceReasons(const OpenRouterSnapshot& s)
{
    QStringList out;
    if (!s.key.usageMonthly)
        return out;
    const Money::Amount gap = *s.key.usageMonthly - s.ledger.month;
    if (gap > 0) {
        out.append(tr("OpenRouter counts %1 more this month than Switchyard recorded: other apps or scripts "
                      "using the same "
                      "key, or requests sent before Switchyard kept its ledger.")
                       .arg(Money::formatUsd(gap, QLocale())));
    } else if (gap < 0) {
        out.append(tr(
            "Switchyard recorded %1 more this month than OpenRouter counts: OpenRouter's figures can lag a "
            "minute or two, and computed costs are estimates.")
                       .arg(Money::formatUsd(-gap, QLocale())));
    }
    if (s.ledger.unknownCostRequests > 0)
        out.append(tr("%n request(s) this month have no known cost in the ledger.", nullptr,
            int(s.ledger.unknownCostRequests)));
    return out;
}

std::optional<Money::Amount> OpenRouterAccount::lastCreditsLeft(qint64* fetchedAtMs)
{
    const QSettings settings;
    if (fetchedAtMs)
        *fetchedAtMs = settings.value(QLatin1String(kCreditsAtKey)).toLongLong();
    const QString text = settings.value(QLatin1String(kCreditsLeftKey)).toString();
    return text.isEmpty() ? std::nullopt : Money::parseUsd(text);
}

void OpenRouterAccount::rememberCreditsLeft(std::optional<Money::Amount> left, qint64 fetchedAtMs)
{
    QSettings settings;
    if (left)
        settings.setValue(QLatin1String(kCreditsLeftKey), Money::toDecimalString(*left));
    else
        settings.remove(QLatin1String(kCreditsLeftKey));
    settings.setValue(QLatin1String(kCreditsAtKey), fetchedAtMs);
}

void OpenRouterAccount::fetch(const QString& baseUrl)
{
    if (m_busy)
        return;
    m_busy = true;
    m_snapshot = {};
    const ProviderPreset p = preset(*m_context);
    if (!p.isValid()) {
        fail(tr("This version of Switchyard has no OpenRouter provider."), int(ErrorKind::BadRequest));
        return;
    }
    m_preset = std::make_unique<ProviderPreset>(p);
    m_adapter = ProviderAdapter::create(p.protocol);
    m_baseUrl = baseUrl.isEmpty() ? m_context->settings()->effectiveBaseUrl(p) : baseUrl;
    QPointer<OpenRouterAccount> self(this);
    m_context->keys()->resolve(p, [self](KeyStore::Status status, const QString& key, KeyStore::Source) {
        if (!self)
            return;
        if (status == KeyStore::Status::Unavailable) {
            self->fail(ErrorText::forKeychainUnavailable(self->m_preset->keyEnv),
                int(ErrorKind::KeychainUnavailable));
            return;
        }
        if (status != KeyStore::Status::Ok || key.isEmpty()) {
            self->fail(
                ErrorText::forMissingKey(self->m_preset->name, self->m_preset->id, self->m_preset->keyEnv),
                int(ErrorKind::MissingKey));
            return;
        }
        self->m_key = key;
        self->get(QStringLiteral("key"), [self](const QByteArray& body) {
            self->m_snapshot.key = parseKey(body);
            if (!self->m_snapshot.key.ok) {
                self->fail(tr("OpenRouter answered the key request with something Switchyard cannot read; "
                              "check the base URL."),
                    int(ErrorKind::Protocol));
                return;
            }
            self->get(
                QStringLiteral("credits"),
                [self](const QByteArray& body) {
                    self->m_snapshot.credits = parseCredits(body);
                    self->done();
                },
                [self](const QString& sentence) {
                    // The key's own facts stand; the credits stay unknown, and it is said.
                    self->m_snapshot.credits = {};
                    self->m_snapshot.creditsProblem = sentence;
                    self->done();
                });
        });
    });
}

void OpenRouterAccount::get(const QString& path, const std::function<void(const QByteArray&)>& done,
                            const std::function<void(const QString&)>& failed)
{
    // The models request carries the wire's own authorization; only its path differs.
    QNetworkRequest req = m_adapter->modelsRequest(*m_preset, QUrl(m_baseUrl), m_key, {});
    req.setUrl(AdapterCommon::join(QUrl(m_baseUrl), path));
    auto* stream = new HttpStream(m_context->network(), req, QByteArray(), this);
    stream->setIdleTimeout(30000);
    stream->setTotalTimeout(60000);
    auto body = std::make_shared<QByteArray>();
    connect(stream, &HttpStream::dataReceived, this, [body](const QByteArray& bytes) {
        if (body->size() < 1024 * 1024)
            *body += bytes;
    });
    connect(stream, &HttpStream::finished, this, [this, stream, body, done, failed](const HttpStream::Result& r) {
        stream->deleteLater();
        const QString& name = m_preset->name;
        const auto fail = [this, &failed](const QString& sentence, int kind) {
            if (failed)
                failed(sentence);
            else
                this->fail(sentence, kind);
        };
        if (r.kind == ErrorKind::Network) {
            const QString host
                = QUrl(m_baseUrl).toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo);
            fail(ErrorText::forNetwork(name, host, r.networkDetail, m_preset->startHint), int(r.kind));
            return;
        }
        if (r.kind == ErrorKind::Timeout) {
            fail(ErrorText::forTimeout(name, 30), int(r.kind));
            return;
        }
        if (r.kind != ErrorKind::None) {
            const ErrorKind kind = m_adapter->errorKind(r.httpStatus, r.errorBody);
            fail(ErrorText::forHttpStatus(
                     kind, r.httpStatus, name, m_preset->id, m_adapter->errorMessage(r.errorBody)),
                int(kind));
            return;
        }
        done(*body);
    });
    m_stream = stream;
    stream->start();
}

void OpenRouterAccount::fail(const QString& sentence, int kind)
{
    m_snapshot.error = Redact::scrub(sentence, m_key);
    m_snapshot.errorKind = kind;
    done();
}

void OpenRouterAccount::done()
{
    m_key.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_snapshot.fetchedAtMs = now.toMSecsSinceEpoch();
    if (m_preset)
        m_snapshot.ledger = ledgerSpend(m_context->database(), m_preset->id, now);
    if (m_snapshot.error.isEmpty() && m_snapshot.credits.ok)
        rememberCreditsLeft(m_snapshot.credits.left(), m_snapshot.fetchedAtMs);
    m_busy = false;
    Q_EMIT finished(m_snapshot);
}
