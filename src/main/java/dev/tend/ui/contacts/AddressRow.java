package dev.tend.ui.contacts;

import dev.tend.domain.PostalAddress;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable postal address. */
public final class AddressRow {
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty street = new SimpleStringProperty(this, "street", "");
    private final StringProperty postalCode = new SimpleStringProperty(this, "postalCode", "");
    private final StringProperty city = new SimpleStringProperty(this, "city", "");
    private final StringProperty region = new SimpleStringProperty(this, "region", "");
    private final StringProperty country = new SimpleStringProperty(this, "country", "");

    public AddressRow(PostalAddress a) {
        if (a != null) {
            label.set(nz(a.label()));
            street.set(nz(a.street()));
            postalCode.set(nz(a.postalCode()));
            city.set(nz(a.city()));
            region.set(nz(a.region()));
            country.set(nz(a.country()));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    PostalAddress toAddress() {
        return new PostalAddress(label.get(), street.get(), postalCode.get(), city.get(), region.get(), country.get());
    }

    StringProperty[] properties() {
        return new StringProperty[] {label, street, postalCode, city, region, country};
    }

    public StringProperty labelProperty() { return label; }
    public StringProperty streetProperty() { return street; }
    public StringProperty postalCodeProperty() { return postalCode; }
    public StringProperty cityProperty() { return city; }
    public StringProperty regionProperty() { return region; }
    public StringProperty countryProperty() { return country; }
}
