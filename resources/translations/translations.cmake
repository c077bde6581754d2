# The UI in English and Russian (Qt Linguist). Included at the end of ui/CMakeLists.txt, so the
# list of corslab_ui's sources is complete. lupdate scans ui/ and core/ (core/explanation.cpp
# translates the engine's words in the context "corslab::Explanation"):
#   cmake --build BUILD --target update_translations   # refresh the .ts files
# lrelease compiles them into :/i18n/corslab_<lang>.qm at build time.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)
get_target_property(_corslab_ui_sources corslab_ui SOURCES)
file(GLOB _corslab_core_sources "${PROJECT_SOURCE_DIR}/core/*.cpp" "${PROJECT_SOURCE_DIR}/core/*.h")
qt_add_translations(corslab_ui
    TS_FILES
        ${PROJECT_SOURCE_DIR}/resources/translations/corslab_en.ts
        ${PROJECT_SOURCE_DIR}/resources/translations/corslab_ru.ts
    SOURCES ${_corslab_ui_sources} ${_corslab_core_sources} ${PROJECT_SOURCE_DIR}/app/gui_main.cpp
    LUPDATE_OPTIONS -no-obsolete -locations none
)
