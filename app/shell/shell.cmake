target_sources(ambulo_app PRIVATE
    shell/gui.h shell/gui.cpp
    shell/platformmodule.h shell/platformmodule.cpp
)
