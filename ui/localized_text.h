#pragma once
// A scenario's title and notes in the UI language: in core (core/localized_text.h), for the handout.
#include "core/localized_text.h"
