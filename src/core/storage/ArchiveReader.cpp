#include "ArchiveReader.h"

#include "util/TextFormat.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <cmath>
#include <queue>
#include <tuple>
#include <vector>

namespace {

const QString kMarker = QStringLiteral("switchyard-conversation");
constexpr int kVersion = 2; // 2: files and the chat's settings
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

// A JSON number that is a whole number a double holds exactly.
bool integerOf(const QJsonValue& v, qint64* out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > kMaxExactInteger)
        return false;
    *out = v.toInteger(qint64(d));
    return true;
}

// Seconds since the epoch, as ChatGPT writes them (a fraction, or null), in ms.
bool secondsToMs(const QJsonValue& v, qint64* out)
{
    if (!v.isDouble())
        return false;
    const double ms = v.toDouble() * 1000.0;
    if (!std::isfinite(ms) || std::fabs(ms) > kMaxExactInteger)
        return false;
    *out = qint64(std::llround(ms));
    return true;
}

// A string, or a null (absent) one; anything else is not text.
bool optionalText(const QJsonObject& o, const QString& name, QString* out)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull()) {
        *out = QString();
        return true;
    }
    if (!v.isString())
        return false;
    *out = v.toString();
    if (out->isNull())
        *out = QStringLiteral("");
    return true;
}

QString shortTitle(const QString& title)
{
    return TextFormat::printableLine(title, 60);
}

// A message waiting for its place: ordered by (time, key) among those whose parent is placed.
struct Pending {
    ArchivedMessage message;
    qint64 order = 0;
    QString tieBreak;
};

// Parents first; between messages that are ready, the smallest order. False when some
// message can never be placed (its ancestors form a cycle); *stuck is one of them.
bool parentsFirst(const QList<Pending>& pending, QList<ArchivedMessage>* out, QString* stuck)
{
    QHash<QString, QList<int>> children;
    std::vector<int> ready;
    for (int i = 0; i < pending.size(); ++i) {
        if (pending.at(i).message.parentKey.isEmpty())
            ready.push_back(i);
        else
            children[pending.at(i).message.parentKey].append(i);
    }
    const auto later = [&](int a, int b) {
        const Pending& x = pending.at(a);
        const Pending& y = pending.at(b);
        return std::tie(x.order, x.tieBreak, a) > std::tie(y.order, y.tieBreak, b);
    };
    std::priority_queue<int, std::vector<int>, decltype(later)> queue(later, std::move(ready));
    QSet<int> placed;
    out->clear();
    out->reserve(pending.size());
    while (!queue.empty()) {
        const int i = queue.top();
        queue.pop();
        placed.insert(i);
        out->append(pending.at(i).message);
        for (int child : children.value(pending.at(i).message.key))
            queue.push(child);
    }
    if (out->size() == pending.size())
        return true;
    for (int i = 0; i < pending.size(); ++i) {
        if (!placed.contains(i)) {
            *stuck = pending.at(i).message.key;
            break;
        }
    }
    return false;
}

// The text of a ChatGPT message's parts: its strings (images and other attachments are
// objects and are left out), one after another.
QString partsText(const QJsonArray& parts)
{
    QStringList texts;
    for (const QJsonValue& p : parts) {
        if (p.isString() && !p.toString().isEmpty())
            texts.append(p.toString());
    }
    return texts.join(u'\n');
}

} // namespace

QString ArchiveReader::formatMarker()
{
    return kMarker;
}

int ArchiveReader::formatVersion()
{
    return kVersion;
}

qint64 ArchiveReader::messageCount() const
{
    qint64 n = 0;
    for (const ArchivedConversation& c : m_conversations)
        n += c.messages.size();
    return n;
}

bool ArchiveReader::fail(const QString& sentence)
{
    m_error = sentence;
    m_conversations.clear();
    return false;
}

bool ArchiveReader::read(const QByteArray& bytes)
{
    m_format = Format::Unknown;
    m_conversations.clear();
    m_error.clear();
    if (bytes.size() > kMaxBytes)
        return fail(tr("The file is larger than 1 GiB; split it into smaller files and import them one at a time."));
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(tr("The file is not JSON (%1 at byte %2); choose a Switchyard JSON export or the "
                       "conversations.json of a ChatGPT data export.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    }
    const QString notAnArchive = tr("The file is JSON but neither a Switchyard export nor the conversations.json of "
                                    "a ChatGPT data export; choose one of those.");
    bool ok = false;
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        if (o.value(QStringLiteral("format")).isString()) {
            m_format = Format::Switchyard;
            ok = readSwitchyard(o, 1);
        } else if (o.value(QStringLiteral("conversations")).isArray()) {
            m_format = Format::Switchyard;
            ok = readSwitchyardList(o.value(QStringLiteral("conversations")).toArray());
        } else if (o.contains(QStringLiteral("mapping"))) {
            m_format = Format::ChatGpt;
            ok = readChatGpt(o, 1);
        } else {
            return fail(notAnArchive);
        }
    } else {
        const QJsonArray list = doc.array();
        if (list.isEmpty())
            return fail(tr("The file holds no conversations; choose an export that holds at least one."));
        const QJsonObject first = list.first().toObject();
        if (first.value(QStringLiteral("format")).isString()) {
            m_format = Format::Switchyard;
            ok = readSwitchyardList(list);
        } else if (first.contains(QStringLiteral("mapping"))) {
            m_format = Format::ChatGpt;
            ok = readChatGptList(list);
        } else {
            return fail(notAnArchive);
        }
    }
    if (!ok)
        return false;
    if (m_conversations.isEmpty())
        return fail(tr("The file holds no conversations; choose an export that holds at least one."));
    return true;
}

bool ArchiveReader::readSwitchyardList(const QJsonArray& list)
{
    for (int i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return fail(tr("The file cannot be imported: entry %1 of its conversations is not an object; fix the file "
                           "or export it again.")
                            .arg(i + 1));
        if (!readSwitchyard(list.at(i).toObject(), i + 1))
            return false;
    }
    return true;
}

bool ArchiveReader::readSwitchyard(const QJsonObject& o, int index)
{
    const auto bad = [&](const QString& what) {
        return fail(tr("The file cannot be imported: conversation %1 %2; fix the file or export it again.")
                        .arg(index)
                        .arg(what));
    };
    if (o.value(QStringLiteral("format")).toString() != kMarker)
        return bad(tr("is not marked \"format\": \"%1\"").arg(kMarker));
    qint64 version = 0;
    if (!integerOf(o.value(QStringLiteral("version")), &version) || version < 1)
        return bad(tr("has no valid \"version\""));
    if (version > kVersion) {
        return fail(tr("Conversation %1 of the file was written by a newer Switchyard (format version %2); update "
                       "Switchyard to import it.")
                        .arg(index)
                        .arg(version));
    }
    ArchivedConversation c;
    if (!o.value(QStringLiteral("title")).isString())
        return bad(tr("has no \"title\" text"));
    c.title = o.value(QStringLiteral("title")).toString();
    if (!optionalText(o, QStringLiteral("provider"), &c.provider) || !optionalText(o, QStringLiteral("model"), &c.model))
        return bad(tr("has a \"provider\" or \"model\" that is not text"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    c.createdAt = now;
    c.updatedAt = now;
    if ((o.contains(QStringLiteral("created_at")) && !integerOf(o.value(QStringLiteral("created_at")), &c.createdAt))
        || (o.contains(QStringLiteral("updated_at")) && !integerOf(o.value(QStringLiteral("updated_at")), &c.updatedAt)))
        return bad(tr("has a \"created_at\" or \"updated_at\" that is not a whole number of milliseconds"));
    const QString where = tr("(\"%1\")").arg(shortTitle(c.title));
    const QJsonValue settings = o.value(QStringLiteral("settings"));
    if (!settings.isUndefined() && !settings.isNull()) {
        QString error;
        c.settings = ChatParams::fromJson(settings.toObject(), &error);
        if (!settings.isObject() || !error.isEmpty())
            return bad(where + u' ' + tr("has \"settings\" that cannot be used: %1").arg(error));
        c.hasSettings = true;
    }
    if (!o.value(QStringLiteral("messages")).isArray())
        return bad(where + u' ' + tr("has no \"messages\" list"));
    const QJsonArray messages = o.value(QStringLiteral("messages")).toArray();

    static const QSet<QString> roles { QStringLiteral("system"), QStringLiteral("user"), QStringLiteral("assistant") };
    static const QSet<QString> states { QStringLiteral("complete"), QStringLiteral("streaming"), QStringLiteral("interrupted") };
    QList<Pending> pending;
    QHash<QString, qint64> ids;
    for (int i = 0; i < messages.size(); ++i) {
        const QJsonObject m = messages.at(i).toObject();
        const auto badMessage = [&](const QString& what) {
            return bad(where + u' ' + tr("message %1 %2").arg(i + 1).arg(what));
        };
        if (!messages.at(i).isObject())
            return badMessage(tr("is not an object"));
        qint64 id = 0;
        if (!integerOf(m.value(QStringLiteral("id")), &id))
            return badMessage(tr("has no whole-number \"id\""));
        Pending p;
        p.order = id;
        p.message.key = QString::number(id);
        if (ids.contains(p.message.key))
            return badMessage(tr("repeats id %1").arg(id));
        ids.insert(p.message.key, id);
        const QJsonValue parent = m.value(QStringLiteral("parent"));
        qint64 parentId = 0;
        if (!parent.isNull() && !parent.isUndefined()) {
            if (!integerOf(parent, &parentId))
                return badMessage(tr("has a \"parent\" that is not a message id"));
            if (parentId == id)
                return badMessage(tr("is its own parent"));
            p.message.parentKey = QString::number(parentId);
        }
        p.message.role = m.value(QStringLiteral("role")).toString();
        if (!roles.contains(p.message.role))
            return badMessage(tr("has no role of system, user or assistant"));
        if (!m.value(QStringLiteral("content")).isString())
            return badMessage(tr("has no \"content\" text"));
        p.message.content = m.value(QStringLiteral("content")).toString();
        if (p.message.content.isNull())
            p.message.content = QStringLiteral("");
        QString reasoning;
        if (!optionalText(m, QStringLiteral("reasoning"), &reasoning) || !optionalText(m, QStringLiteral("model"), &p.message.model)
            || !optionalText(m, QStringLiteral("notice"), &p.message.notice))
            return badMessage(tr("has a \"reasoning\", \"model\" or \"notice\" that is not text"));
        p.message.reasoning = reasoning.isNull() ? QStringLiteral("") : reasoning;
        if (m.contains(QStringLiteral("state"))) {
            p.message.state = m.value(QStringLiteral("state")).toString();
            if (!states.contains(p.message.state))
                return badMessage(tr("has a state other than complete, streaming or interrupted"));
        }
        p.message.createdAt = c.createdAt;
        if (m.contains(QStringLiteral("created_at")) && !integerOf(m.value(QStringLiteral("created_at")), &p.message.createdAt))
            return badMessage(tr("has a \"created_at\" that is not a whole number of milliseconds"));
        // Files (version 2): [{"name", "data": base64}, ...], each checked as an attached file is.
        const QJsonValue files = m.value(QStringLiteral("files"));
        if (!files.isUndefined() && !files.isNull()) {
            if (!files.isArray())
                return badMessage(tr("has \"files\" that are not a list"));
            const QJsonArray list = files.toArray();
            for (int f = 0; f < list.size(); ++f) {
                const QJsonObject file = list.at(f).toObject();
                const auto decoded = QByteArray::fromBase64Encoding(file.value(QStringLiteral("data")).toString().toLatin1(),
                                                                     QByteArray::AbortOnBase64DecodingErrors);
                if (!list.at(f).isObject() || !file.value(QStringLiteral("name")).isString() || !decoded)
                    return badMessage(tr("has file %1 without a \"name\" and base64 \"data\"").arg(f + 1));
                QString error;
                const std::optional<Attachment> attachment
                    = Attachment::fromBytes(file.value(QStringLiteral("name")).toString(), *decoded, &error);
                if (!attachment)
                    return badMessage(tr("has file %1 that cannot be attached: %2").arg(f + 1).arg(error));
                p.message.attachments.append(*attachment);
            }
        }
        pending.append(p);
    }
    for (int i = 0; i < pending.size(); ++i) {
        const QString& parent = pending.at(i).message.parentKey;
        if (!parent.isEmpty() && !ids.contains(parent))
            return bad(where + u' ' + tr("message %1 names parent %2, which is not in it").arg(i + 1).arg(parent));
    }
    // Null: none, as it was exported; missing: the newest message once ordered (a leaf).
    const QJsonValue leaf = o.value(QStringLiteral("current_leaf"));
    if (!leaf.isNull() && !leaf.isUndefined()) {
        qint64 leafId = 0;
        if (!integerOf(leaf, &leafId) || !ids.contains(QString::number(leafId)))
            return bad(where + u' ' + tr("has a \"current_leaf\" that is not one of its messages"));
        c.currentKey = QString::number(leafId);
    }
    QString stuck;
    if (!parentsFirst(pending, &c.messages, &stuck))
        return bad(where + u' ' + tr("has messages whose parents form a cycle (message id %1)").arg(stuck));
    if (leaf.isUndefined() && !c.messages.isEmpty())
        c.currentKey = c.messages.constLast().key;
    m_conversations.append(c);
    return true;
}

bool ArchiveReader::readChatGptList(const QJsonArray& list)
{
    for (int i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject() || !list.at(i).toObject().contains(QStringLiteral("mapping")))
            return fail(tr("The file cannot be imported: entry %1 of this ChatGPT export is not a conversation with a "
                           "\"mapping\"; export your data from ChatGPT again.")
                            .arg(i + 1));
        if (!readChatGpt(list.at(i).toObject(), i + 1))
            return false;
    }
    return true;
}

bool ArchiveReader::readChatGpt(const QJsonObject& o, int index)
{
    ArchivedConversation c;
    const QJsonValue title = o.value(QStringLiteral("title"));
    c.title = title.isString() && !title.toString().trimmed().isEmpty() ? title.toString() : tr("Untitled ChatGPT conversation");
    const auto bad = [&](const QString& what) {
        return fail(tr("The file cannot be imported: conversation %1 (\"%2\") %3; export your data from ChatGPT again.")
                        .arg(index)
                        .arg(shortTitle(c.title), what));
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!secondsToMs(o.value(QStringLiteral("create_time")), &c.createdAt))
        c.createdAt = now;
    if (!secondsToMs(o.value(QStringLiteral("update_time")), &c.updatedAt))
        c.updatedAt = c.createdAt;
    if (!o.value(QStringLiteral("mapping")).isObject())
        return bad(tr("has a \"mapping\" that is not an object"));
    const QJsonObject mapping = o.value(QStringLiteral("mapping")).toObject();

    // Which nodes are kept: visible user and assistant text. System prompts, tool calls
    // and their output, hidden context and empty messages are left out.
    static const QSet<QString> textTypes { QStringLiteral("text"), QStringLiteral("multimodal_text") };
    QHash<QString, QString> parentOf;
    QHash<QString, ArchivedMessage> kept;
    QString defaultModel = o.value(QStringLiteral("default_model_slug")).toString();
    QString lastModel;
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it) {
        const QString key = it.key();
        if (!it.value().isObject())
            return bad(tr("has a node %1 that is not an object").arg(shortTitle(key)));
        const QJsonObject node = it.value().toObject();
        const QJsonValue parent = node.value(QStringLiteral("parent"));
        if (parent.isString())
            parentOf.insert(key, parent.toString());
        else if (!parent.isNull() && !parent.isUndefined())
            return bad(tr("has a node %1 whose \"parent\" is not a node id").arg(shortTitle(key)));
        const QJsonObject message = node.value(QStringLiteral("message")).toObject();
        if (message.isEmpty())
            continue;
        const QString role = message.value(QStringLiteral("author")).toObject().value(QStringLiteral("role")).toString();
        const QJsonObject metadata = message.value(QStringLiteral("metadata")).toObject();
        const QString recipient = message.value(QStringLiteral("recipient")).toString(QStringLiteral("all"));
        if ((role != QLatin1String("user") && role != QLatin1String("assistant"))
            || metadata.value(QStringLiteral("is_visually_hidden_from_conversation")).toBool()
            || recipient != QLatin1String("all"))
            continue;
        const QJsonObject content = message.value(QStringLiteral("content")).toObject();
        const QString type = content.value(QStringLiteral("content_type")).toString();
        if (!message.value(QStringLiteral("content")).isObject() || type.isEmpty())
            return bad(tr("has a %1 message (node %2) without content").arg(role, shortTitle(key)));
        if (!textTypes.contains(type))
            continue; // code, tool output, browsing, thoughts: not a message a person wrote or read
        if (!content.value(QStringLiteral("parts")).isArray())
            return bad(tr("has a %1 message (node %2) without its \"parts\"").arg(role, shortTitle(key)));
        ArchivedMessage m;
        m.key = key;
        m.role = role;
        m.content = partsText(content.value(QStringLiteral("parts")).toArray());
        if (m.content.trimmed().isEmpty())
            continue;
        if (!secondsToMs(message.value(QStringLiteral("create_time")), &m.createdAt))
            m.createdAt = c.createdAt;
        if (role == QLatin1String("assistant") && metadata.value(QStringLiteral("model_slug")).isString()) {
            m.model = metadata.value(QStringLiteral("model_slug")).toString();
            lastModel = m.model;
        }
        kept.insert(key, m);
    }
    for (auto it = parentOf.constBegin(); it != parentOf.constEnd(); ++it) {
        if (!mapping.contains(it.value()))
            return bad(tr("has a node %1 whose parent %2 is not in the file").arg(shortTitle(it.key()), shortTitle(it.value())));
    }

    // The nearest kept node at or above each node: a skipped node's children hang from it.
    QHash<QString, QString> nearest;
    const auto nearestKept = [&](const QString& start, QString* out) {
        QStringList path;
        QSet<QString> onPath;
        QString at = start;
        QString found;
        while (!at.isEmpty()) {
            if (nearest.contains(at)) {
                found = nearest.value(at);
                break;
            }
            if (kept.contains(at)) {
                found = at;
                break;
            }
            if (onPath.contains(at))
                return false;
            onPath.insert(at);
            path.append(at);
            at = parentOf.value(at);
        }
        for (const QString& p : std::as_const(path))
            nearest.insert(p, found);
        *out = found;
        return true;
    };
    QList<Pending> pending;
    pending.reserve(kept.size());
    for (auto it = kept.constBegin(); it != kept.constEnd(); ++it) {
        Pending p;
        p.message = it.value();
        if (!nearestKept(parentOf.value(it.key()), &p.message.parentKey))
            return bad(tr("has nodes whose parents form a cycle (near node %1)").arg(shortTitle(it.key())));
        p.order = p.message.createdAt;
        p.tieBreak = it.key();
        pending.append(p);
    }
    QString stuck;
    if (!parentsFirst(pending, &c.messages, &stuck))
        return bad(tr("has nodes whose parents form a cycle (near node %1)").arg(shortTitle(stuck)));

    const QString current = o.value(QStringLiteral("current_node")).toString();
    if (!current.isEmpty() && mapping.contains(current)) {
        if (!nearestKept(current, &c.currentKey))
            return bad(tr("has nodes whose parents form a cycle (near node %1)").arg(shortTitle(current)));
    }
    if (c.currentKey.isEmpty() && !c.messages.isEmpty())
        c.currentKey = c.messages.constLast().key;
    c.provider = QStringLiteral("openai");
    c.model = defaultModel.isEmpty() ? lastModel : defaultModel;
    m_conversations.append(c);
    return true;
}
