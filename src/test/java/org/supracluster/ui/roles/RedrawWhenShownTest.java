package org.supracluster.ui.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RedrawWhenShownTest {

    @Test
    void hiddenChartsRedrawOnceWhenShownAgain() {
        AtomicInteger draws = new AtomicInteger();
        RedrawWhenShown r = new RedrawWhenShown(draws::incrementAndGet);
        r.request();
        assertEquals(1, draws.get(), "on screen: drawn at once");
        r.setShowing(false);
        r.request();
        r.request();
        assertEquals(1, draws.get(), "hidden: not drawn");
        r.setShowing(true);
        assertEquals(2, draws.get(), "shown again: drawn once for all the changes missed");
        r.setShowing(false);
        r.setShowing(true);
        assertEquals(2, draws.get(), "nothing missed: not drawn again");
    }
}
