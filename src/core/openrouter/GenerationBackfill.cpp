#include "GenerationBackfill.h"

#include "config/AppSettings.h"
#include "net/HttpStream.h"
#include "net/JsonScanner.h"
#include "providers/AdapterCommon.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderPreset.h"
#include "providers/ProviderRegistry.h"
#include "secrets/KeyStore.h"
#include "session/AppContext.h"
#include "storage/Database.h"
#include "util/Log.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkRequest>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

namespace {

std::optional<qint64> tokensOf(QByteArrayView raw)
{
    bool ok = false;
    const qint64 n = raw.toByteArray().toLongLong(&ok);
    if (!ok || n < 0 || n > 1000000000000LL)
        return std::nullopt;
    return n;
}

QVariant opt(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant();
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

qint64 GenerationBackfill::retryDelayMs(int attempts)
{
    static const qint64 kDelays[] = { 10000, 30000, 120000, 600000, 1800000, 3600000 };
    const int n = int(sizeof(kDelays) / sizeof(kDelays[0]));
    return kDelays[qBound(0, attempts - 1, n - 1)];
}

bool GenerationBackfill::providerHasLookup(const ProviderPreset& preset)
{
    // OpenRouter's preset: its model list is the price catalog and it takes a fallback list.
    // Presets say what they offer; no code asks for a provider by its id.
    return preset.isPriceCatalog && preset.supportsFallbackList && preset.protocol == QLatin1String("openai");
}

bool GenerationBackfill::enqueue(Database* db, qint64 ledgerId, const QString& generationId,
    const QString& provider, const QString& baseUrl, qint64 now)
{
    if (!ledgerId || generationId.isEmpty() || baseUrl.isEmpty())
        return false;
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO generation_lookups(ledger_id, generation_id, provider, base_url, due_at, "
        "attempts, give_up_at) VALUES (?, ?, ?, ?, ?, 0, ?)"));
    q.addBindValue(ledgerId);
    q.addBindValue(generationId);
    q.addBindValue(provider);
    q.addBindValue(baseUrl);
    q.addBindValue(now + kFirstDelayMs);
    q.addBindValue(now + kGiveUpAfterMs);
    if (!q.exec()) {
        qCInfo(lcStorage) << "generation lookup not queued:" << q.lastError().text();
        return false;
    }
    return true;
}

GenerationStats GenerationBackfill::parse(const QByteArray& body)
{
    GenerationStats g;
    JsonScanner s(body);
    if (!s.enterObject())
        return g;
    QByteArrayView key;
    while (s.nextKey(&key)) {
        if (key != "data" || s.peek() != '{') {
            s.skipValue();
            continue;
        }
        g.ok = true;
        s.enterObject();
        QByteArrayView field;
        while (s.nextKey(&field)) {
            const QByteArrayView raw = s.valueSpan();
            if (field == "total_cost") {
                if (raw != "null")
                    g.cost = Money::parseUsd(QString::fromLatin1(raw.toByteArray()));
            } else if (field == "native_tokens_prompt") {
                g.promptTokens = tokensOf(raw);
            } else if (field == "native_tokens_completion") {
                g.completionTokens = tokensOf(raw);
            } else if (field == "native_tokens_reasoning") {
                g.reasoningTokens = tokensOf(raw);
            } else if (field == "native_tokens_cached") {
                g.cachedTokens = tokensOf(raw);
            }
        }
    }
    if (!s.ok())
        g = {};
    return g;
}

bool GenerationBackfill::apply(Database* db, qint64 ledgerId, const GenerationStats& stats)
{
    if (!stats.cost)
        return false;
    QSqlDatabase c = db->connection();
    const bool transaction = c.transaction();
    QSqlQuery q(c);
    // One UPDATE: the rollup trigger takes the row's old share out and puts the new one in.
    q.prepare(QStringLiteral(
        "UPDATE usage_ledger SET cost_pico = ?, cost_subpico = ?, cost_source = 'reported', "
        "prompt_tokens = COALESCE(?, prompt_tokens), completion_tokens = COALESCE(?, completion_tokens), "
        "reasoning_tokens = COALESCE(?, reasoning_tokens), cached_tokens = COALESCE(?, cached_tokens) "
        "WHERE id = ?"));
    q.addBindValue(Money::storageHigh(*stats.cost));
    q.addBindValue(Money::storageLow(*stats.cost));
    q.addBindValue(opt(stats.promptTokens));
    q.addBindValue(opt(stats.completionTokens));
    q.addBindValue(opt(stats.reasoningTokens));
    q.addBindValue(opt(stats.cachedTokens));
    q.addBindValue(ledgerId);
    bool ok = q.exec();
    if (ok) {
        QSqlQuery d(c);
        d.prepare(QStringLiteral("DELETE FROM generation_lookups WHERE ledger_id = ?"));
        d.addBindValue(ledgerId);
        ok = d.exec();
    }
    if (!ok)
        qCInfo(lcStorage) << "generation stats not written:" << q.lastError().text();
    if (transaction) {
        if (ok)
            ok = c.commit();
        else
            c.rollback();
    }
    return ok;
}

int GenerationBackfill::pendingCount(Database* db)
{
    QSqlQuery q(db->connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM generation_lookups")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool GenerationBackfill::anyDue(Database* db, qint64 now)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT 1 FROM generation_lookups WHERE due_at <= ? LIMIT 1"));
    q.addBindValue(now);
    return q.exec() && q.next();
}

GenerationBackfill::GenerationBackfill(AppContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
}

GenerationBackfill::~GenerationBackfill()
{
    cancelAll();
}

int GenerationBackfill::runDue(qint64 now)
{
    Database* db = m_context->database();
    if (!anyDue(db, now))
        return 0;
    {
        QSqlQuery gone(db->connection());
        gone.prepare(QStringLiteral("DELETE FROM generation_lookups WHERE give_up_at <= ?"));
        gone.addBindValue(now);
        if (gone.exec() && gone.numRowsAffected() > 0)
            qCInfo(lcNet) << "gave up" << gone.numRowsAffected() << "generation lookups";
    }
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral(
        "SELECT ledger_id, generation_id, provider, base_url, attempts, give_up_at FROM generation_lookups "
        "WHERE due_at <= ? ORDER BY due_at LIMIT %1")
                  .arg(kBatch));
    q.addBindValue(now);
    QList<Lookup> due;
    if (q.exec()) {
        while (q.next())
            due.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toInt(), q.value(5).toLongLong() });
    }
    int started = 0;
    for (const Lookup& l : std::as_const(due)) {
        if (m_running.contains(l.ledgerId))
            continue;
        ++started;
        start(l);
    }
    return started;
}

void GenerationBackfill::start(const Lookup& lookup)
{
    m_running.insert(lookup.ledgerId);
    const ProviderPreset preset = m_context->providers()->find(lookup.provider);
    if (!preset.isValid()) {
        retryLater(lookup, QStringLiteral("unknown provider"));
        return;
    }
    // The key goes only to the origin configured for the provider now: a request sent with
    // another base URL (a proxy for one call), or from before the user changed it, is not
    // looked up with whatever key the keychain holds today.
    const QUrl configured(m_context->settings()->effectiveBaseUrl(preset));
    const QUrl asked(lookup.baseUrl);
    const auto port = [](const QUrl& u) { return u.port(u.scheme() == QLatin1String("https") ? 443 : 80); };
    if (configured.scheme() != asked.scheme() || configured.host().compare(asked.host(), Qt::CaseInsensitive) != 0
        || port(configured) != port(asked)) {
        qCInfo(lcNet) << "generation lookup for ledger row" << lookup.ledgerId
                      << "dropped: its base URL is not the provider's configured origin";
        QSqlQuery d(m_context->database()->connection());
        d.prepare(QStringLiteral("DELETE FROM generation_lookups WHERE ledger_id = ?"));
        d.addBindValue(lookup.ledgerId);
        if (!d.exec())
            qCInfo(lcStorage) << "generation lookup not removed:" << d.lastError().text();
        settle(lookup.ledgerId);
        return;
    }
    QPointer<GenerationBackfill> self(this);
    m_context->keys()->resolve(
        preset, [self, lookup, preset](KeyStore::Status status, const QString& key, KeyStore::Source) {
            if (!self || !self->m_running.contains(lookup.ledgerId))
                return;
            if (status != KeyStore::Status::Ok || key.isEmpty()) {
                self->retryLater(lookup, QStringLiteral("no key"));
                return;
            }
            self->request(lookup, preset, key);
        });
}

void GenerationBackfill::request(const Lookup& lookup, const ProviderPreset& preset, const QString& key)
{
    const std::unique_ptr<ProviderAdapter> adapter = ProviderAdapter::create(preset.protocol);
    if (!adapter) {
        retryLater(lookup, QStringLiteral("unknown protocol"));
        return;
    }
    const QUrl base(lookup.baseUrl);
    // The models request carries the wire's own authorization; only its URL differs.
    QNetworkRequest req = adapter->modelsRequest(preset, base, key, {});
    QUrl url = AdapterCommon::join(base, QStringLiteral("generation"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), lookup.generationId);
    url.setQuery(query);
    req.setUrl(url);
    auto* stream = new HttpStream(m_context->network(), req, QByteArray(), this);
    stream->setIdleTimeout(15000);
    stream->setTotalTimeout(30000);
    stream->setRetryPolicy(0, 0, 0); // the back-off is ours
    auto body = std::make_shared<QByteArray>();
    connect(stream, &HttpStream::dataReceived, this, [body](const QByteArray& bytes) {
        if (body->size() < 256 * 1024)
            *body += bytes;
    });
    connect(stream, &HttpStream::finished, this, [this, stream, body, lookup](const HttpStream::Result& r) {
        stream->deleteLater();
        m_streams.remove(lookup.ledgerId);
        if (r.kind == ErrorKind::Cancelled) {
            settle(lookup.ledgerId); // stays due for the next run
            return;
        }
        if (r.kind != ErrorKind::None) {
            retryLater(
                lookup, r.httpStatus ? QStringLiteral("HTTP %1").arg(r.httpStatus) : errorKindName(r.kind));
            return;
        }
        const GenerationStats stats = parse(*body);
        if (!stats.ok || !stats.cost) {
            retryLater(
                lookup, stats.ok ? QStringLiteral("no cost yet") : QStringLiteral("unreadable answer"));
            return;
        }
        if (apply(m_context->database(), lookup.ledgerId, stats)) {
            qCInfo(lcNet) << "generation stats found for ledger row" << lookup.ledgerId;
            settle(lookup.ledgerId);
            Q_EMIT rowUpdated(lookup.ledgerId);
            return;
        }
        retryLater(lookup, QStringLiteral("ledger not written"));
    });
    m_streams.insert(lookup.ledgerId, stream);
    stream->start();
}

void GenerationBackfill::retryLater(const Lookup& lookup, const QString& why)
{
    const int attempts = lookup.attempts + 1;
    const qint64 due = qMin(nowMs() + retryDelayMs(attempts), lookup.giveUpAt);
    QSqlQuery q(m_context->database()->connection());
    q.prepare(QStringLiteral(
        "UPDATE generation_lookups SET attempts = ?, due_at = ?, last_error = ? WHERE ledger_id = ?"));
    q.addBindValue(attempts);
    q.addBindValue(due);
    q.addBindValue(why);
    q.addBindValue(lookup.ledgerId);
    if (!q.exec())
        qCInfo(lcStorage) << "generation lookup not rescheduled:" << q.lastError().text();
    settle(lookup.ledgerId);
}

void GenerationBackfill::settle(qint64 ledgerId)
{
    if (!m_running.remove(ledgerId))
        return;
    if (m_running.isEmpty())
        Q_EMIT idle();
}

void GenerationBackfill::postponeRunning()
{
    const QList<qint64> running(m_running.cbegin(), m_running.cend());
    for (qint64 id : running) {
        QSqlQuery q(m_context->database()->connection());
        q.prepare(QStringLiteral("UPDATE generation_lookups SET attempts = attempts + 1, due_at = MIN(?, give_up_at), "
                                 "last_error = 'no answer in time' WHERE ledger_id = ?"));
        q.addBindValue(nowMs() + retryDelayMs(1));
        q.addBindValue(id);
        if (!q.exec())
            qCInfo(lcStorage) << "generation lookup not postponed:" << q.lastError().text();
    }
}

void GenerationBackfill::cancelAll()
{
    const auto streams = m_streams;
    m_streams.clear();
    for (const QPointer<HttpStream>& s : streams) {
        if (!s)
            continue;
        s->disconnect(this); // a cancelled lookup stays due as it is
        s->cancel();
        s->deleteLater();
    }
    m_running.clear();
}

void GenerationBackfill::startBackground(int intervalMs)
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, [this] { runDue(nowMs()); });
    }
    m_timer->start(intervalMs);
    runDue(nowMs());
}

void GenerationBackfill::settleDue(AppContext* context, int budgetMs)
{
    const qint64 now = nowMs();
    if (!anyDue(context->database(), now))
        return;
    GenerationBackfill backfill(context);
    QEventLoop loop;
    QTimer budget;
    budget.setSingleShot(true);
    connect(&budget, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&backfill, &GenerationBackfill::idle, &loop, &QEventLoop::quit);
    budget.start(budgetMs);
    if (backfill.runDue(now) > 0 && backfill.inFlight() > 0)
        loop.exec();
    backfill.postponeRunning(); // a lookup that hangs must not cost every start 2 s
    backfill.cancelAll();
}
