#include "PresetItemDelegate.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int kMargin = 6;
}

void PresetItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.7f);
    const QRect area = opt.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
    QFont bold = opt.font;
    bold.setBold(true);
    const int line = QFontMetrics(opt.font).height();
    painter->save();
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(name, Qt::ElideRight, area.width()));
    painter->setFont(opt.font);
    painter->setPen(muted);
    const QString description = index.data(DescriptionRole).toString();
    painter->drawText(QRect(area.left(), area.top() + line, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(opt.font).elidedText(description, Qt::ElideRight, area.width()));
    painter->restore();
}

QSize PresetItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return { kMargin * 2, QFontMetrics(option.font).height() * 2 + kMargin };
}
