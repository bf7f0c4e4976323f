package org.kliping.ui.common;

import java.util.List;

/** What can be done to articles from any pane (a row's context menu, the Article menu); the shell does it. */
public interface ArticleActions {

    void tag(List<Long> ids);

    void toggleStar(List<Long> ids);

    void markUnread(List<Long> ids);

    void export(List<Long> ids);

    void delete(List<Long> ids);

    void restore(List<Long> ids);

    ArticleActions NONE = new ArticleActions() {
        @Override
        public void tag(List<Long> ids) {
        }

        @Override
        public void toggleStar(List<Long> ids) {
        }

        @Override
        public void markUnread(List<Long> ids) {
        }

        @Override
        public void export(List<Long> ids) {
        }

        @Override
        public void delete(List<Long> ids) {
        }

        @Override
        public void restore(List<Long> ids) {
        }
    };
}
