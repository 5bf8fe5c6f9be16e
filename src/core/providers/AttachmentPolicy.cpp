#include "AttachmentPolicy.h"

#include "ProviderAdapter.h"
#include "ProviderPreset.h"
#include "catalog/ModelInfo.h"
#include "chat/ChatRequest.h"

#include <QRegularExpression>

namespace {
QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// The catalog's name for the input a kind needs; empty for text, which every model takes.
QString modality(Attachment::Kind kind)
{
    switch (kind) {
    case Attachment::Kind::Image: return QStringLiteral("image");
    case Attachment::Kind::Pdf: return QStringLiteral("file");
    case Attachment::Kind::Text: return {};
    }
    return {};
}
} // namespace

qint64 AttachmentPolicy::sentBytes(const Attachment& a)
{
    const qint64 raw = a.data.isEmpty() ? a.size : a.data.size();
    return a.kind == Attachment::Kind::Text ? raw : (raw + 2) / 3 * 4;
}

QString AttachmentPolicy::refusal(const ProviderPreset& preset, const ProviderAdapter& adapter, const ChatRequest& request,
                                  const ModelInfo* model, bool bytesRead)
{
    const QStringList kinds = preset.attachments.kinds.isEmpty() ? adapter.attachmentKinds() : preset.attachments.kinds;
    const QStringList inputs = model ? model->inputModalities : QStringList();
    qint64 total = 0;
    for (const ChatMessage& m : request.messages) {
        for (const Attachment& a : m.attachments) {
            if (bytesRead && a.data.isEmpty())
                return tr("%1 could not be read back from storage; attach it again.").arg(a.filename);
            if (!kinds.contains(Attachment::kindName(a.kind))) {
                return a.kind == Attachment::Kind::Pdf
                    ? tr("%1 takes no PDF documents (%2); attach the text instead, or choose another provider.").arg(preset.name, a.filename)
                    : tr("%1 takes no images (%2); remove it or choose another provider.").arg(preset.name, a.filename);
            }
            const QString needs = modality(a.kind);
            const bool readByProvider = a.kind == Attachment::Kind::Pdf && preset.attachments.anyModelTakesPdf;
            if (!inputs.isEmpty() && !needs.isEmpty() && !readByProvider && !inputs.contains(needs)) {
                return a.kind == Attachment::Kind::Image
                    ? tr("%1 takes no images (%2); remove it or choose a model that takes images.").arg(model->id, a.filename)
                    : tr("%1 takes no files (%2); remove it or choose a model that takes files.").arg(model->id, a.filename);
            }
            const qint64 bytes = sentBytes(a);
            if (bytes > preset.attachments.maxBytes) {
                return tr("%1 is %2 MB as sent; %3 takes at most %4 MB per request.")
                    .arg(a.filename, megabytes(bytes), preset.name, megabytes(preset.attachments.maxBytes));
            }
            total += bytes;
        }
    }
    if (total > preset.attachments.maxBytes) {
        return tr("The attached files come to %1 MB as sent; %2 takes at most %3 MB per request. Remove some, or start a new chat.")
            .arg(megabytes(total), preset.name, megabytes(preset.attachments.maxBytes));
    }
    return {};
}

int AttachmentPolicy::pdfPages(const QByteArray& pdf)
{
    // "/Type /Page" but not "/Type /Pages": each page object says it once.
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    const QString latin = QString::fromLatin1(pdf);
    int pages = 0;
    for (auto it = page.globalMatch(latin); it.hasNext(); it.next())
        ++pages;
    return qMax(1, pages);
}

qint64 AttachmentPolicy::estimatedTokens(const ProviderPreset& preset, const QList<Attachment>& attachments)
{
    qint64 tokens = 0;
    for (const Attachment& a : attachments) {
        switch (a.kind) {
        case Attachment::Kind::Image: tokens += preset.attachments.imageTokens; break;
        case Attachment::Kind::Pdf:
            // Without the bytes (a chip read without data), about 3,000 bytes a page.
            tokens += qint64(!a.data.isEmpty() ? pdfPages(a.data) : a.pages > 0 ? a.pages : qMax<qint64>(1, a.size / 3000))
                * preset.attachments.pdfPageTokens;
            break;
        case Attachment::Kind::Text: tokens += ((a.data.isEmpty() ? a.size : a.text().size()) + 3) / 4; break;
        }
    }
    return tokens;
}

qint64 AttachmentPolicy::estimatedTokens(const ProviderPreset& preset, const ChatRequest& request)
{
    qint64 tokens = 0;
    for (const ChatMessage& m : request.messages)
        tokens += estimatedTokens(preset, m.attachments);
    return tokens;
}
