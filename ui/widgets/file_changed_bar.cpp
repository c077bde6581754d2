#include "ui/widgets/file_changed_bar.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace corslab {

FileChangedBar::FileChangedBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_reload(new QPushButton(this)), m_keep(new QPushButton(this))
{
    setObjectName(QStringLiteral("fileChangedBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    m_label->setWordWrap(true);
    m_label->setForegroundRole(QPalette::ToolTipText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reload);
    layout->addWidget(m_keep);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        hide();
        emit reloadRequested();
    });
    connect(m_keep, &QPushButton::clicked, this, [this] {
        hide();
        emit keepRequested();
    });
    retranslate();
    hide();
}

void FileChangedBar::showChange(const QString &path, bool deleted)
{
    m_path = path;
    m_deleted = deleted;
    retranslate();
    show();
}

QString FileChangedBar::text() const
{
    return m_label->text();
}

void FileChangedBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void FileChangedBar::retranslate()
{
    const QString name = QDir::toNativeSeparators(m_path);
    m_label->setText(m_deleted ? tr("%1 was deleted or moved by another program. Save to write your version again.").arg(name)
                               : tr("%1 was changed on disk by another program.").arg(name));
    m_reload->setText(tr("&Reload from Disk"));
    m_reload->setToolTip(tr("Open the file as it is on disk now (Undo brings your version back)"));
    m_reload->setVisible(!m_deleted);
    m_keep->setText(tr("&Keep Mine"));
    m_keep->setToolTip(tr("Keep the scenario as it is in the window; saving overwrites the file"));
}

} // namespace corslab
