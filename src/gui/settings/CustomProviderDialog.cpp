#include "CustomProviderDialog.h"
#include "ui_CustomProviderDialog.h"

#include <QPushButton>
#include <QUrl>

CustomProviderDialog::CustomProviderDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::CustomProviderDialog)
{
    m_ui->setupUi(this);
    m_ui->protocolCombo->addItem(tr("OpenAI-compatible (chat/completions)"), QStringLiteral("openai"));
    m_ui->protocolCombo->addItem(tr("Anthropic Messages"), QStringLiteral("anthropic"));
    m_ui->protocolCombo->addItem(tr("Google Gemini"), QStringLiteral("gemini"));
    m_ui->protocolCombo->addItem(tr("Ollama"), QStringLiteral("ollama"));
    m_ui->errorLabel->setVisible(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CustomProviderDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CustomProviderDialog::~CustomProviderDialog() = default;

QString CustomProviderDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

QString CustomProviderDialog::baseUrl() const
{
    return m_ui->baseUrlEdit->text().trimmed();
}

QString CustomProviderDialog::protocol() const
{
    return m_ui->protocolCombo->currentData().toString();
}

QString CustomProviderDialog::key() const
{
    return m_ui->keyEdit->text().trimmed();
}

void CustomProviderDialog::accept()
{
    const QUrl url(baseUrl());
    QString problem;
    if (name().isEmpty())
        problem = tr("Give the provider a name.");
    else if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
        problem = tr("The base URL must be an http:// or https:// address, such as http://localhost:8000/v1.");
    if (!problem.isEmpty()) {
        m_ui->errorLabel->setText(problem);
        m_ui->errorLabel->setVisible(true);
        return;
    }
    QDialog::accept();
}
