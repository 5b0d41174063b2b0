# DilTalks' interface in English, the guides. Every key here is also in locales/hi/guides.ftl with
# the same placeholders (a unit test checks).

## A guide (templates/articles/article.html)

article-by = By
article-minutes = { $n } min read
article-toc = In this guide
article-faq = Questions people ask
article-sources = Sources
article-topics = Topics:
article-cta-directory-title = Talk it through with someone trained
article-cta-directory = Every counsellor in our directory holds a licence we have checked. Filter by language, format, fee and when they are free.
article-cta-directory-button = Find a counsellor
article-cta-program-title = Start the program together
article-cta-program = Six steps, at your own pace: private to each of you until you choose to share, with a counsellor whenever you want one.
article-cta-program-button = Start the program
article-related = Related guides
article-report = Report this guide
article-in-other-language = This guide in { $language }
article-about-author = About the author

## The guides (templates/articles/index.html)

guides-title = Guides
guides-about = Guides about { $tag }
guides-description = Guides on rebuilding trust after a breach, written by relationship counsellors: the steps, how long it takes, anxiety, honest conversations, and safety.
guides-feed-title = DilTalks guides
guides-find = Find a guide
guides-search = Search the guides
guides-search-button = Search
guides-all = All guides
guides-topics = Topics
guides-found-one = 1 guide found
guides-found = { $n } guides found
guides-newest = Newest first
guides-none-found = No guide matches all of those words. Try fewer or other words.
guides-none = No guides here yet.
guides-pages = Pages
guides-page = Page { $n }
guides-follow = Follow new guides in a feed reader
