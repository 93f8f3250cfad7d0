package dev.tend.ui;

import static dev.tend.ui.CardReviewScreenTest.waitLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tend.importer.card.CardImages;
import dev.tend.importer.card.CardImages.Person;
import dev.tend.importer.card.CardImages.Placement;
import dev.tend.importer.card.Ocr;
import dev.tend.service.TendServices;
import dev.tend.ui.cards.CardReviewView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Renders the card review queue: a printed card read by OCR beside its proposed fields (English),
 * and the screen without Tesseract in German. Writes to target/screenshots, or to the folder in
 * {@code -Dtend.screenshots=docs/screenshots}.
 */
class CardReviewScreenshotTest extends WindowTest {
    @AfterEach
    void ocrBackOn() {
        System.clearProperty(Ocr.SWITCH);
    }

    @Test
    void aPrintedCardBesideItsProposedFields() throws Exception {
        assumeTrue(Ocr.status().available(), () -> "Tesseract is not installed: " + Ocr.status().problem());
        Path photos = Files.createDirectories(dir.resolve("it-sa"));
        Person p = CardImages.person(3, new Random(5));
        CardImages.jpeg(CardImages.card(p, 1, "Liberation Sans", 2, 5), photos.resolve("IMG_3101.jpg"), 1);
        CardImages.jpeg(CardImages.card(CardImages.person(4, new Random(6)), 0, "DejaVu Sans", 2, 6),
                photos.resolve("IMG_3102.jpg"), 1);
        CardImages.png(CardImages.photo(900, 600, 2, Placement.plain(CardImages.qr(CardReviewScreenTest.VCARD, 4), 80, 80)),
                photos.resolve("IMG_3103.png"));
        try (TendServices s = TendServices.open(db(), Clock.systemDefaultZone(), Locale.GERMANY)) {
            s.sampleNetwork().write();
        }
        fixture.start(db());
        fixture.resize(1280, 820);
        clickOn("#navCards");
        TextField event = lookup("#cardEvent .text-field").queryAs(TextField.class);
        clickOn(event).write("it-sa 2026");
        CardReviewView view = lookup("#cardReview").queryAs(CardReviewView.class);
        interact(() -> view.dropped(List.of(photos.toFile())));
        waitLong(() -> lookup("#cardFamily").queryAs(TextField.class).getText().equals(p.family()));
        waitLong(() -> !lookup("#cardGiven").query().isDisabled());
        Path png = snapshot(fixture.stage().getScene().getRoot(), "card-review.png");
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    @Test
    void withoutTesseractInGerman() throws Exception {
        System.setProperty(Ocr.SWITCH, "off");
        try (TendServices s = TendServices.open(db(), Clock.systemDefaultZone(), Locale.GERMANY)) {
            s.settings().setLanguage(Locale.GERMAN);
        }
        fixture.start(db());
        fixture.resize(1280, 820);
        clickOn("#navCards");
        assertThat(lookup("#ocrMissing .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.startsWith("Tesseract ist nicht installiert"));
        Path png = snapshot(fixture.stage().getScene().getRoot(), "card-review-de.png");
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }
}
