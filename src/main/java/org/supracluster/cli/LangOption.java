package org.supracluster.cli;

import org.supracluster.model.Messages;
import picocli.CommandLine.Option;

/** The {@code --lang ko|en} option of a command that has no other use for a language: its messages. */
final class LangOption {

    @Option(names = "--lang", paramLabel = "ko|en", description = "Language of the messages (default: the system's).")
    String lang;

    /** The messages in the chosen language (a wrong --lang is a {@link UserError}). */
    Messages messages() {
        return Messages.of(Lang.locale(lang));
    }
}
