target_sources(ambulo_app PRIVATE
    shell/gui.h shell/gui.cpp
    shell/shell.h shell/shell.cpp
    shell/shellconstants.h
    shell/mainwindow.h shell/mainwindow.cpp
    shell/logindialog.h shell/logindialog.cpp
    shell/lockscreen.h shell/lockscreen.cpp
    shell/idlewatcher.h shell/idlewatcher.cpp
    shell/patientbanner.h shell/patientbanner.cpp
    shell/patientsearchdialog.h shell/patientsearchdialog.cpp
    shell/mergepatientdialog.h shell/mergepatientdialog.cpp
    shell/addnumberdialog.h shell/addnumberdialog.cpp
    shell/namematcheswidget.h shell/namematcheswidget.cpp
    shell/matchundo.h shell/matchundo.cpp
    shell/breakglassdialog.h shell/breakglassdialog.cpp
    shell/patienttext.h shell/patienttext.cpp
    shell/platformmodule.h shell/platformmodule.cpp
    shell/patientsummarywidget.h shell/patientsummarywidget.cpp
    shell/userswidget.h shell/userswidget.cpp
    shell/userdialog.h shell/userdialog.cpp
    shell/practicesettingswidget.h shell/practicesettingswidget.cpp
    shell/auditlogwidget.h shell/auditlogwidget.cpp
    shell/auditlogmodel.h shell/auditlogmodel.cpp
    shell/interfacemonitorwidget.h shell/interfacemonitorwidget.cpp
    shell/interfacemonitormodel.h shell/interfacemonitormodel.cpp
    shell/interfacedialog.h shell/interfacedialog.cpp
    syncworker.h syncworker.cpp
    sync/syncconstants.h
    sync/syncsettings.h sync/syncsettings.cpp
    sync/syncreview.h sync/syncreview.cpp
    sync/syncstatuswidget.h sync/syncstatuswidget.cpp
    sync/conflictwidget.h sync/conflictwidget.cpp
    sync/syncsettingswidget.h sync/syncsettingswidget.cpp
)
