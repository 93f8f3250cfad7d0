package dev.tend.testing;

import dev.tend.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers dialogs as a test scripts them, and records what was asked. */
public final class ScriptedDialogs implements DialogService {
    public final Deque<Boolean> confirmations = new ArrayDeque<>();
    public final Deque<String> texts = new ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    /** Answers to the file choosers, in order; none left means cancelled. */
    public final Deque<Path> files = new ArrayDeque<>();
    /** What "choose files" answers, one list per call; none left is a cancelled chooser. */
    public final Deque<List<Path>> fileChoices = new ArrayDeque<>();

    @Override
    public boolean confirm(String title, String message, String confirmButton) {
        asked.add(message);
        return !confirmations.isEmpty() && confirmations.pop();
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
        asked.add(message);
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        asked.add(prompt);
        return Optional.ofNullable(texts.poll());
    }

    /** Answers to "ask for a day", in order; none left means cancelled. */
    public final Deque<java.time.LocalDate> dates = new ArrayDeque<>();

    @Override
    public Optional<java.time.LocalDate> askDate(String title, String prompt, java.time.LocalDate initial) {
        asked.add(prompt);
        return Optional.ofNullable(dates.poll());
    }

    @Override
    public Optional<Path> chooseImage(String title) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path folder, String name) {
        asked.add(title);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, Path folder) {
        asked.add(title);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public List<Path> chooseContactFiles(String title) {
        asked.add(title);
        List<Path> next = fileChoices.poll();
        return next == null ? List.of() : next;
    }

    @Override
    public List<Path> chooseCardPhotos(String title) {
        asked.add(title);
        List<Path> next = fileChoices.poll();
        return next == null ? List.of() : next;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        asked.add(title);
        return Optional.ofNullable(files.poll());
    }
}
