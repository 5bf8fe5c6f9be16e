#include "KeyStore.h"

#include "providers/ProviderPreset.h"
#include "util/Log.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace {

KeyStore::Status statusFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError: return KeyStore::Status::Ok;
    case QKeychain::EntryNotFound: return KeyStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return KeyStore::Status::Unavailable;
    case QKeychain::OtherError:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry: return KeyStore::Status::Failed;
    }
    return KeyStore::Status::Failed;
}

// Runs a keychain job with a timeout. On timeout the caller hears "Unavailable", but
// the job is never deleted while in flight (libsecret holds a pointer to it); it
// deletes itself when it finally finishes.
void runJob(QKeychain::Job* job, int timeoutMs, const std::function<void(QKeychain::Job*, bool timedOut)>& done)
{
    auto answered = std::make_shared<bool>(false);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, job, [answered, done](QKeychain::Job* j) {
        if (*answered)
            return;
        *answered = true;
        done(j, false);
    });
    QTimer::singleShot(timeoutMs, job, [answered, done] {
        if (*answered)
            return;
        *answered = true;
        qCWarning(lcKeys) << "keychain did not answer in time";
        done(nullptr, true);
    });
    job->start();
}

// How a write or delete job's end reaches the caller.
std::function<void(QKeychain::Job*, bool)> changeResult(const KeyStore::WriteCallback& done)
{
    return [done](QKeychain::Job* j, bool timedOut) {
        if (timedOut) {
            done(KeyStore::Status::Unavailable, KeyStore::tr("The keychain did not answer in time."));
            return;
        }
        done(statusFor(j->error()), j->error() == QKeychain::NoError ? QString() : j->errorString());
    };
}

} // namespace

KeyStore::KeyStore(QObject* parent)
    : QObject(parent)
    , m_service(QStringLiteral("switchyard"))
{
}

KeyStore::~KeyStore() = default;

void KeyStore::probe(const std::function<void(bool)>& done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(QStringLiteral("switchyard-probe"));
    runJob(job, m_timeoutMs, [done](QKeychain::Job* j, bool timedOut) {
        if (timedOut) {
            done(false);
            return;
        }
        const Status s = statusFor(j->error());
        if (s != Status::Ok && s != Status::NotFound)
            qCInfo(lcKeys) << "keychain unavailable:" << j->errorString();
        done(s == Status::Ok || s == Status::NotFound);
    });
}

void KeyStore::readStored(const QString& providerId, const ReadCallback& done)
{
    if (m_memoryOnly) {
        const auto it = m_memory.constFind(providerId);
        if (it == m_memory.constEnd())
            done(Status::NotFound, {}, Source::None);
        else
            done(Status::Ok, it.value(), Source::Memory);
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(providerId);
    runJob(job, m_timeoutMs, [done](QKeychain::Job* j, bool timedOut) {
        if (timedOut) {
            done(Status::Unavailable, {}, Source::None);
            return;
        }
        const Status s = statusFor(j->error());
        if (s == Status::Ok) {
            const QString key = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
            done(key.isEmpty() ? Status::NotFound : Status::Ok, key, Source::Keychain);
        } else {
            done(s, {}, Source::None);
        }
    });
}

void KeyStore::write(const QString& providerId, const QString& key, const WriteCallback& done)
{
    if (m_memoryOnly) {
        m_memory.insert(providerId, key);
        done(Status::Ok, {});
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(providerId);
    job->setTextData(key);
    runJob(job, m_timeoutMs, changeResult(done));
}

void KeyStore::remove(const QString& providerId, const WriteCallback& done)
{
    if (m_memoryOnly) {
        const bool had = m_memory.remove(providerId) > 0;
        done(had ? Status::Ok : Status::NotFound, {});
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(providerId);
    runJob(job, m_timeoutMs, changeResult(done));
}

void KeyStore::resolve(const ProviderPreset& preset, const ReadCallback& done)
{
    const QString envVar = preset.keyEnv;
    readStored(preset.id, [done, envVar](Status s, const QString& key, Source source) {
        if (s == Status::Ok) {
            done(s, key, source);
            return;
        }
        if (!envVar.isEmpty()) {
            const QString fromEnv = qEnvironmentVariable(envVar.toLatin1().constData()).trimmed();
            if (!fromEnv.isEmpty()) {
                done(Status::Ok, fromEnv, Source::Environment);
                return;
            }
        }
        done(s, {}, Source::None);
    });
}

QString KeyStore::sourceName(Source source)
{
    switch (source) {
    case Source::None: return QStringLiteral("none");
    case Source::Keychain: return QStringLiteral("keychain");
    case Source::Memory: return QStringLiteral("memory");
    case Source::Environment: return QStringLiteral("environment");
    }
    return {};
}
