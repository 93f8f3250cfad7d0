package dev.tend.archfixture.ui;

import dev.tend.archfixture.service.Service;
import javafx.scene.control.Label;

/** Allowed: the UI on services and JavaFX. */
public class Window {
    Service service;
    Label label;
}
