#pragma once

#include <QStyledItemDelegate>

// A preset in a list: its name on the first line, its description (PresetSummary) muted
// and elided on the second, so neither scrolls sideways.
class PresetItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetItemDelegate)

public:
    enum Roles { DescriptionRole = Qt::UserRole + 1 };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
