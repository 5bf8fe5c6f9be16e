#include "CompareRun.h"

#include "AppContext.h"
#include "storage/ConversationStore.h"
#include "storage/UsageLedger.h"
#include "storage/LedgerEntry.h"
#include "usage/UsageQuery.h"
#include "util/Log.h"

#include <QUuid>

namespace {
// While a column streams its tokens are not known yet; text runs at about four characters
// a token, near enough for a live figure that is marked as estimated.
constexpr double kCharsPerToken = 4.0;

std::optional<double> perSecond(double tokens, qint64 generatingMs)
{
    if (tokens <= 0 || generatingMs <= 0)
        return std::nullopt;
    return tokens * 1000.0 / double(generatingMs);
}
} // namespace

QString CompareRun::countProblem(int models)
{
    if (models < kMinModels)
        return tr("A comparison needs at least %1 models; give %1 to %2.").arg(kMinModels).arg(kMaxModels);
    if (models > kMaxModels)
        return tr("A comparison takes at most %2 models; give %1 to %2.").arg(kMinModels).arg(kMaxModels);
    return {};
}

CompareRun::CompareRun(AppContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
}

CompareRun::~CompareRun()
{
    // Each runner still under way writes its ledger row and stops as it is destroyed.
    const QSignalBlocker silence(this);
    for (Column& c : m_columns)
        delete c.runner;
}

bool CompareRun::start(const ChatRequest& base, const QList<Target>& targets, qint64 conversationId, QString* error)
{
    const auto fail = [error](const QString& sentence) {
        if (error)
            *error = sentence;
        return false;
    };
    if (isRunning())
        return fail(tr("A comparison is still running; stop it or wait for it to finish."));
    if (const QString problem = countProblem(int(targets.size())); !problem.isEmpty())
        return fail(problem);
    for (const Target& t : targets) {
        if (t.providerId.trimmed().isEmpty() || t.model.trimmed().isEmpty())
            return fail(tr("Every model of a comparison needs a provider and a model id; fill in or remove the empty one."));
    }

    for (Column& c : m_columns)
        c.runner->deleteLater(); // a caller may start again from inside the last one's signal
    m_columns.clear();
    m_group = QStringLiteral("cmp-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_clock.start();
    m_columns.resize(std::size_t(targets.size()));
    for (int i = 0; i < targets.size(); ++i) {
        Column& c = m_columns[std::size_t(i)];
        c.target = targets.at(i);
        c.runner = new ChatRunner(m_context, this);
        c.runner->setOptions(m_options);
        connect(c.runner, &ChatRunner::textDelta, this, [this, i](const QString& text) {
            Column& col = m_columns[std::size_t(i)];
            if (col.ttftMs < 0)
                col.ttftMs = m_clock.elapsed();
            col.streamedChars += text.size();
            Q_EMIT textDelta(i, text);
        });
        connect(c.runner, &ChatRunner::reasoningDelta, this, [this, i](const QString& text) {
            Column& col = m_columns[std::size_t(i)];
            if (col.ttftMs < 0)
                col.ttftMs = m_clock.elapsed();
            col.streamedChars += text.size();
            Q_EMIT reasoningDelta(i, text);
        });
        connect(c.runner, &ChatRunner::retrying, this, [this, i](int attempt, int delayMs) { Q_EMIT retrying(i, attempt, delayMs); });
        connect(c.runner, &ChatRunner::finished, this, [this, i](const ChatOutcome& o) { onColumnFinished(i, o); });
    }
    qCInfo(lcChat).noquote() << "compare run" << m_group << "of" << targets.size() << "models";
    // All are under way before any can answer: a runner that fails at once (no key, an
    // unknown provider) reports from inside start(), after the others were set up.
    for (int i = 0; i < targets.size(); ++i) {
        Column& c = m_columns[std::size_t(i)];
        ChatRequest request = base;
        request.providerId = c.target.providerId.trimmed();
        request.models = QStringList { c.target.model.trimmed() };
        request.params.fallbackModels.clear(); // each column is its one model, never another's fallback
        request.baseUrlOverride = c.target.baseUrlOverride;
        request.compareGroup = m_group;
        c.runner->start(request, conversationId);
    }
    return true;
}

void CompareRun::stop(int column)
{
    if (column < 0 || column >= count())
        return;
    ChatRunner* runner = m_columns[std::size_t(column)].runner;
    if (runner && runner->isRunning())
        runner->cancel();
}

void CompareRun::stopAll()
{
    for (int i = 0; i < count(); ++i)
        stop(i);
}

bool CompareRun::isRunning() const
{
    for (const Column& c : m_columns) {
        if (!c.ended)
            return true;
    }
    return false;
}

bool CompareRun::isRunning(int column) const
{
    return column >= 0 && column < count() && !m_columns.at(std::size_t(column)).ended;
}

bool CompareRun::anyFailed() const
{
    for (const Column& c : m_columns) {
        if (c.ended && !c.outcome.ok())
            return true;
    }
    return false;
}

QString CompareRun::text(int column) const
{
    const Column& c = m_columns.at(std::size_t(column));
    return c.ended || !c.runner ? c.outcome.text : c.runner->liveText();
}

QString CompareRun::reasoning(int column) const
{
    const Column& c = m_columns.at(std::size_t(column));
    return c.ended || !c.runner ? c.outcome.reasoning : c.runner->liveReasoning();
}

CompareRun::Figures CompareRun::figures(int column) const
{
    const Column& c = m_columns.at(std::size_t(column));
    Figures f;
    if (!c.ended) {
        f.status = c.ttftMs < 0 ? QStringLiteral("waiting") : QStringLiteral("streaming");
        f.ttftMs = c.ttftMs;
        f.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
        if (c.ttftMs >= 0) {
            f.tokensEstimated = true;
            f.tokensPerSecond = perSecond(double(c.streamedChars) / kCharsPerToken, f.durationMs - c.ttftMs);
        }
        return f;
    }
    const ChatOutcome& o = c.outcome;
    f.status = requestStatusName(o.status);
    f.ttftMs = o.ttftMs;
    f.durationMs = o.durationMs;
    f.promptTokens = o.usage.promptTokens;
    f.completionTokens = o.usage.completionTokens;
    f.cost = c.cost;
    f.costSource = c.costSource;
    const qint64 generating = o.durationMs - qMax<qint64>(0, o.ttftMs);
    if (o.usage.completionTokens) {
        f.tokensPerSecond = perSecond(double(*o.usage.completionTokens), generating);
    } else if (o.ttftMs >= 0) {
        f.tokensEstimated = true;
        f.tokensPerSecond = perSecond(double(o.text.size() + o.reasoning.size()) / kCharsPerToken, generating);
    }
    return f;
}

void CompareRun::onColumnFinished(int column, const ChatOutcome& outcome)
{
    Column& c = m_columns[std::size_t(column)];
    c.outcome = outcome;
    c.ended = true;
    if (c.ttftMs < 0 && outcome.ttftMs >= 0)
        c.ttftMs = outcome.ttftMs;
    // The cost as the ledger row has it: reported, computed from the price book, local (zero)
    // or unknown. A row that could not be written keeps what the provider reported, if anything.
    if (outcome.ledgerId > 0) {
        const LedgerEntry row = UsageQuery(m_context->database()).entry(outcome.ledgerId);
        if (row.id == outcome.ledgerId) {
            c.cost = row.cost;
            c.costSource = row.cost ? row.costSource : QStringLiteral("unknown");
        }
    } else if (outcome.usage.cost) {
        c.cost = outcome.usage.cost;
        c.costSource = QStringLiteral("reported");
    }
    Q_EMIT columnFinished(column, outcome);
    if (!isRunning())
        Q_EMIT finished();
}

qint64 CompareRun::keepInConversation(Database* db, qint64 conversationId, qint64 parentId, const QString& prompt,
                                      const Target& target, const ChatOutcome& outcome, const ChatParams& params)
{
    ConversationStore store(db);
    const bool created = conversationId == 0;
    if (created) {
        QString title = prompt.simplified();
        if (title.size() > 48)
            title = title.left(47) + QChar(0x2026);
        conversationId = store.create(title, target.providerId, target.model);
        if (!conversationId)
            return 0;
        store.setSettings(conversationId, params);
        parentId = 0;
    }
    const auto undo = [&](qint64 question) {
        if (question)
            store.removeMessage(question);
        if (created)
            store.remove(conversationId);
        return qint64(0);
    };
    const qint64 question = store.addChild(conversationId, parentId, QStringLiteral("user"), prompt);
    if (!question)
        return undo(0);
    const qint64 answer = store.addChild(conversationId, question, QStringLiteral("assistant"), outcome.text, target.model,
                                         QStringLiteral("complete"));
    if (!answer)
        return undo(question);
    if (!outcome.reasoning.isEmpty())
        store.updateMessage(answer, outcome.text, outcome.reasoning, QStringLiteral("complete"));
    if (outcome.ledgerId > 0) {
        store.setLedgerId(answer, outcome.ledgerId);
        UsageLedger(db).adoptIntoConversation(outcome.ledgerId, conversationId);
    }
    store.setModel(conversationId, target.providerId, target.model);
    return conversationId;
}
