package org.kliping.ui.capture;

import org.kliping.service.Services;
import org.kliping.ui.common.Background;

import java.util.function.Consumer;

/** The view models of capture in the window: clipping by address, the feeds, the inbox folder. */
public final class CaptureViewModels {

    private final ClipViewModel clips;
    private final FeedsViewModel feeds;
    private final InboxViewModel inbox;

    public CaptureViewModels(Services services, Background background, Consumer<Throwable> onError) {
        this.clips = new ClipViewModel(services, background, onError);
        this.feeds = new FeedsViewModel(services, background, onError);
        this.inbox = new InboxViewModel(services, background, onError);
    }

    public ClipViewModel clips() {
        return clips;
    }

    public FeedsViewModel feeds() {
        return feeds;
    }

    public InboxViewModel inbox() {
        return inbox;
    }
}
