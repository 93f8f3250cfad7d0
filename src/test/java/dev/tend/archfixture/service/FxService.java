package dev.tend.archfixture.service;

import javafx.beans.property.SimpleStringProperty;

/** Violation: JavaFX outside the UI. */
public class FxService {
    SimpleStringProperty name;
}
