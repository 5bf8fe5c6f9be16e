// The reference for start-up and memory: the smallest Qt Widgets window that paints,
// quitting after its first paint exactly as switchyard does under
// SWITCHYARD_EXIT_AFTER_FIRST_PAINT.
#include <QApplication>
#include <QTimer>
#include <QWidget>

namespace {
class Window final : public QWidget {
protected:
    void paintEvent(QPaintEvent*) override
    {
        if (!m_painted) {
            m_painted = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    }

private:
    bool m_painted = false;
};
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    Window w;
    w.resize(1100, 720);
    w.show();
    return QApplication::exec();
}
