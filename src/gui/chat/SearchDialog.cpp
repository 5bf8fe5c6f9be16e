#include "SearchDialog.h"

#include "storage/ConversationSearch.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// A result: the title in bold, then the snippet with its matches in bold.
class HitDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QTextDocument doc;
        doc.setDefaultFont(opt.font);
        doc.setHtml(index.data(SearchDialog::SnippetHtmlRole).toString());
        doc.setTextWidth(opt.rect.width() - 8);
        painter->save();
        painter->translate(opt.rect.topLeft() + QPoint(4, 2));
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.palette = opt.palette;
        if (opt.state & QStyle::State_Selected)
            ctx.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
        doc.documentLayout()->draw(painter, ctx);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QTextDocument doc;
        doc.setDefaultFont(option.font);
        doc.setHtml(index.data(SearchDialog::SnippetHtmlRole).toString());
        doc.setTextWidth(qMax(200, option.rect.width() - 8));
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 4);
    }
};

QString markedToHtml(const QString& marked)
{
    QList<SnippetRange> ranges;
    const QString plain = ConversationSearch::plainSnippet(marked, &ranges);
    QString html;
    int at = 0;
    for (const SnippetRange& r : std::as_const(ranges)) {
        html += plain.mid(at, r.start - at).toHtmlEscaped();
        html += QStringLiteral("<b><u>") + plain.mid(r.start, r.length).toHtmlEscaped() + QStringLiteral("</u></b>");
        at = r.start + r.length;
    }
    html += plain.mid(at).toHtmlEscaped();
    return html;
}
} // namespace

SearchDialog::SearchDialog(Database* db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_edit(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_results(new QStandardItemModel(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("searchDialog"));
    setWindowTitle(tr("Search Chats"));
    auto* layout = new QVBoxLayout(this);
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setPlaceholderText(tr("Search titles and messages"));
    m_edit->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("searchResults"));
    m_list->setModel(m_results);
    m_list->setItemDelegate(new HitDelegate(m_list));
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* hint = new QLabel(tr("Enter opens the chat at that message."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_edit);
    layout->addWidget(m_list, 1);
    layout->addWidget(hint);
    resize(560, 480);
    m_typing->setSingleShot(true);
    m_typing->setInterval(150);
    connect(m_edit, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, [this] { search(m_edit->text()); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        search(m_edit->text());
        const QModelIndex current = m_list->currentIndex().isValid() ? m_list->currentIndex() : m_results->index(0, 0);
        choose(current);
    });
    connect(m_list, &QListView::activated, this, &SearchDialog::choose);
    // Up and Down in the field move through the results.
    m_edit->installEventFilter(this);
}

bool SearchDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_results->rowCount() > 0) {
            const int row = qBound(0, m_list->currentIndex().row() + (key == Qt::Key_Down ? 1 : -1), m_results->rowCount() - 1);
            m_list->setCurrentIndex(m_results->index(row, 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SearchDialog::search(const QString& text)
{
    m_results->clear();
    if (!m_edit->hasFocus() && m_edit->text() != text)
        m_edit->setText(text);
    const ConversationSearch searcher(m_db);
    const QList<SearchHit> hits = searcher.search(text, 200);
    for (const SearchHit& hit : hits) {
        auto* item = new QStandardItem;
        item->setData(hit.conversationId, ConversationRole);
        item->setData(hit.messageId, MessageRole);
        const QString title = hit.messageId ? hit.title.toHtmlEscaped() : markedToHtml(hit.title);
        QString html = QStringLiteral("<b>%1</b>").arg(hit.messageId ? title : markedToHtml(hit.snippet.isEmpty() ? hit.title : hit.snippet));
        if (hit.messageId) {
            const QString who = hit.role == QLatin1String("user") ? tr("You") : tr("Answer");
            html += QStringLiteral("<br><span>%1: %2</span>").arg(who.toHtmlEscaped(), markedToHtml(hit.snippet));
        }
        item->setData(html, SnippetHtmlRole);
        item->setData(ConversationSearch::plainSnippet(hit.messageId ? hit.snippet : hit.title), Qt::DisplayRole);
        m_results->appendRow(item);
    }
    if (!searcher.error().isEmpty()) {
        auto* item = new QStandardItem(searcher.error());
        item->setData(searcher.error().toHtmlEscaped(), SnippetHtmlRole);
        item->setEnabled(false);
        m_results->appendRow(item);
    } else if (hits.isEmpty() && !text.trimmed().isEmpty()) {
        auto* item = new QStandardItem(tr("No chat has \"%1\".").arg(text));
        item->setData(tr("No chat has \"%1\".").arg(text).toHtmlEscaped(), SnippetHtmlRole);
        item->setEnabled(false);
        m_results->appendRow(item);
    }
    if (m_results->rowCount() > 0)
        m_list->setCurrentIndex(m_results->index(0, 0));
}

int SearchDialog::resultCount() const
{
    int n = 0;
    for (int i = 0; i < m_results->rowCount(); ++i)
        n += m_results->item(i)->data(ConversationRole).toLongLong() > 0 ? 1 : 0;
    return n;
}

void SearchDialog::choose(const QModelIndex& index)
{
    const qint64 conversation = index.data(ConversationRole).toLongLong();
    if (conversation <= 0)
        return;
    Q_EMIT hitChosen(conversation, index.data(MessageRole).toLongLong());
    accept();
}
