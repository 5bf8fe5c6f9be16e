#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class CustomProviderDialog;
}

// The fields of a user-added provider: name, base URL, protocol, optional key.
class CustomProviderDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomProviderDialog)

public:
    explicit CustomProviderDialog(QWidget* parent = nullptr);
    ~CustomProviderDialog() override;

    QString name() const;
    QString baseUrl() const;
    QString protocol() const;
    QString key() const;

    void accept() override;

private:
    const QScopedPointer<Ui::CustomProviderDialog> m_ui;
};
