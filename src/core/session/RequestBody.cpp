#include "RequestBody.h"

#include "catalog/ModelInfo.h"
#include "providers/AttachmentPolicy.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderPreset.h"
#include "storage/ConversationStore.h"
#include "storage/Database.h"

#include <QCoreApplication>

QList<ChatMessage> historyMessages(const QList<StoredMessage>& path)
{
    QList<ChatMessage> out;
    out.reserve(path.size());
    for (const StoredMessage& m : path) {
        if (!m.content.isEmpty() || !m.attachments.isEmpty())
            out.append({ m.role, m.content, m.attachments });
    }
    return out;
}

PreparedBody prepareRequestBody(const QString& databasePath, const ProviderPreset& preset, ChatRequest request,
                                const std::optional<ModelInfo>& model)
{
    PreparedBody out;
    if (request.historyFrom > 0) {
        Database db;
        QString error;
        QList<StoredMessage> path;
        bool filesRead = false;
        if (db.openReader(databasePath, &error))
            path = ConversationStore(&db).turnsTo(request.historyFrom, true, &filesRead);
        // The path ends at the message asked for; anything else is a read that failed.
        if (path.isEmpty() || path.constLast().id != request.historyFrom) {
            out.error = QCoreApplication::translate("RequestBody",
                                                    "The conversation's earlier messages could not be read from %1, so "
                                                    "nothing was sent; try again, or restart Switchyard if it keeps happening.")
                            .arg(databasePath);
            out.storage = true;
            return out;
        }
        if (!filesRead) {
            out.error = QCoreApplication::translate("RequestBody",
                                                    "A file attached earlier in this conversation could not be read whole "
                                                    "from %1, so nothing was sent; remove that message or restart "
                                                    "Switchyard and try again.")
                            .arg(databasePath);
            out.storage = true;
            return out;
        }
        request.messages = historyMessages(path) + request.messages;
    }
    const auto adapter = ProviderAdapter::create(preset.protocol);
    if (!adapter)
        return out; // ChatRunner has said so already
    const ModelInfo* entry = model ? &*model : nullptr;
    // The history's files too: the model may have changed since they were sent.
    out.error = AttachmentPolicy::refusal(preset, *adapter, request, entry);
    if (!out.error.isEmpty())
        return out;
    const QList<DroppedParam> dropped = adapter->unsupported(preset, request, entry);
    if (!dropped.isEmpty()) {
        out.notSent = ProviderAdapter::describe(dropped);
        request = ProviderAdapter::withoutDropped(request, dropped);
    }
    out.body = adapter->chatBody(preset, request);
    return out;
}
