package dev.tend.ui.network;

import dev.tend.domain.Balance;
import dev.tend.domain.FlaggedContact;
import dev.tend.domain.MonthlyActivity;
import dev.tend.domain.NetworkCheck;
import dev.tend.service.NetworkHealth;
import dev.tend.ui.common.Navigator;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Network screen's state: the five checks' counts, the contacts behind the open check, circle
 * sizes, the overall balance and the monthly series, all as of today by the service's clock.
 */
public final class NetworkViewModel {
    private final NetworkHealth network;
    private final Navigator navigator;
    private final Map<NetworkCheck, IntegerProperty> counts = new EnumMap<>(NetworkCheck.class);
    private final ReadOnlyObjectWrapper<LocalDate> asOf = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<NetworkCheck> openCheck = new SimpleObjectProperty<>();
    private final ObservableList<FlaggedContact> contacts = FXCollections.observableArrayList();
    private final ObservableList<NetworkHealth.CircleSize> circles = FXCollections.observableArrayList();
    private final ObservableList<MonthlyActivity> months = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Balance> balance = new ReadOnlyObjectWrapper<>(Balance.EMPTY);

    public NetworkViewModel(NetworkHealth network, Navigator navigator) {
        this.network = network;
        this.navigator = navigator;
        for (NetworkCheck check : NetworkCheck.values()) {
            counts.put(check, new SimpleIntegerProperty());
        }
        openCheck.addListener((o, was, check) -> loadContacts());
    }

    /** Runs the checks again as of today; the open check's list follows. */
    public void refresh() {
        LocalDate today = network.today();
        NetworkHealth.Summary s = network.summary(today);
        asOf.set(today);
        s.counts().forEach((check, n) -> counts.get(check).set(n));
        circles.setAll(s.circles());
        months.setAll(s.months());
        balance.set(s.balance());
        loadContacts();
    }

    /** Opens the list of contacts behind a check (null closes it). */
    public void open(NetworkCheck check) {
        openCheck.set(check);
    }

    /** Shows the contact in the Contacts screen. */
    public void openContact(FlaggedContact contact) {
        if (contact != null) {
            navigator.showContact(contact.id());
        }
    }

    private void loadContacts() {
        NetworkCheck check = openCheck.get();
        if (check == null || asOf.get() == null) {
            contacts.clear();
            return;
        }
        contacts.setAll(network.check(check, asOf.get()).contacts());
    }

    public IntegerProperty count(NetworkCheck check) {
        return counts.get(check);
    }

    public ReadOnlyObjectProperty<LocalDate> asOfProperty() {
        return asOf.getReadOnlyProperty();
    }

    public ObjectProperty<NetworkCheck> openCheckProperty() {
        return openCheck;
    }

    public ObservableList<FlaggedContact> contacts() {
        return contacts;
    }

    public ObservableList<NetworkHealth.CircleSize> circles() {
        return circles;
    }

    public ObservableList<MonthlyActivity> months() {
        return months;
    }

    public ReadOnlyObjectProperty<Balance> balanceProperty() {
        return balance.getReadOnlyProperty();
    }
}
