package dev.tend.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** A syntax slip in tend.css silently drops every rule after it; the parser says where. */
class StylesheetTest {

    @Test
    void tendCssParsesWithoutErrors() throws IOException {
        URL css = TendApp.class.getResource("tend.css");
        assertThat(css).isNotNull();
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(css);
        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
        assertThat(sheet.getRules()).hasSizeGreaterThan(50);
    }

    @Test
    void anUnclosedRuleIsCaught() {
        CssParser.errorsProperty().clear();
        new CssParser().parse(".a {\n -fx-padding: 1;\n\n.b {\n -fx-padding: 2;\n}\n");
        assertThat(CssParser.errorsProperty()).isNotEmpty();
    }
}
