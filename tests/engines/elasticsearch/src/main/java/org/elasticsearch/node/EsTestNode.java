package org.elasticsearch.node;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.core.SimpleAnalyzer;
import org.apache.lucene.analysis.core.UpperCaseFilter;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;
import org.elasticsearch.Build;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.transport.TransportAddress;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.ClusterState;
import org.elasticsearch.cluster.metadata.IndexNameExpressionResolver;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.io.stream.NamedWriteableRegistry;
import org.elasticsearch.common.settings.ClusterSettings;
import org.elasticsearch.common.settings.IndexScopedSettings;
import org.elasticsearch.common.regex.Regex;
import org.elasticsearch.common.settings.SettingsFilter;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestController;
import org.elasticsearch.rest.RestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;
import org.elasticsearch.index.analysis.AbstractCharFilterFactory;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.MockPluginsService;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.netty4.Netty4Plugin;
import org.tartarus.snowball.ext.EnglishStemmer;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Starts one real Elasticsearch node (the server jar from Maven Central) bound to 127.0.0.1, with the Netty4 HTTP transport and an English analysis plugin, and prints
 * {@code ES_READY http://127.0.0.1:PORT version=X.Y.Z} on stdout once it serves HTTP.
 *
 * <p>Arguments: {@code --port N} (0, the default, lets the OS pick a free port), {@code --home DIR} (default: a new
 * temporary directory, deleted on exit), {@code --no-stdin} (do not stop when standard input closes).
 * Stops cleanly on SIGTERM/SIGINT and, unless {@code --no-stdin}, when standard input reaches end of file.
 */
public class EsTestNode extends Node {

    /*
     * Why this class lives in org.elasticsearch.node: the test framework's MockNode is what lets a node load plugins
     * from the classpath, but its constructors initialise ESTestCase, whose static bootstrap refuses to run as root
     * ("can not run elasticsearch as root"; CI runs as root), checks jar hell and installs test entitlements. This
     * class does what MockNode does without that: the package-private NodeConstruction with a NodeServiceProvider whose
     * plugin service is the test framework's MockPluginsService (classpath plugins). Everything else (HTTP, search,
     * highlighting, the cluster coordination of a single node) is the stock server code.
     */
    EsTestNode(Environment environment, Collection<Class<? extends Plugin>> classpathPlugins) {
        super(NodeConstruction.prepareConstruction(environment, null, new NodeServiceProvider() {
            @Override
            PluginsService newPluginService(Environment env, PluginsLoader pluginsLoader) {
                return new MockPluginsService(env.settings(), env, classpathPlugins);
            }
        }, true));
    }

    public static void main(String[] args) throws Exception {
        int port = 0;
        Path home = null;
        boolean watchStdin = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--home" -> home = Path.of(args[++i]);
                case "--no-stdin" -> watchStdin = false;
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        boolean tempHome = home == null;
        if (tempHome) {
            home = Files.createTempDirectory("es-test-node-");
        }
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("plugins"));
        Files.createDirectories(home.resolve("modules"));

        Settings settings = Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.name", "boardpapers-test")
            .put("node.name", "boardpapers-test-node")
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", Integer.toString(port))
            .put("transport.port", "0")
            .put("http.type", Netty4Plugin.NETTY_HTTP_TRANSPORT_NAME)
            .put("transport.type", Netty4Plugin.NETTY_TRANSPORT_NAME)
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.destructive_requires_name", false)
            .build();

        LogConfigurator.configureWithoutConfig(settings);
        configureStderrLogging(System.getProperty("es.test.node.log.level", "INFO"));

        long started = System.nanoTime();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
            () -> "boardpapers-test-node");
        Node node = new EsTestNode(environment, List.of(Netty4Plugin.class, EnglishAnalysisPlugin.class));
        CountDownLatch stopped = new CountDownLatch(1);
        final Path finalHome = home;
        Thread closer = new Thread(() -> {
            try {
                node.close();
                node.awaitClose(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                System.err.println("error while closing the node: " + e);
            } finally {
                if (tempHome) {
                    deleteTree(finalHome);
                }
                stopped.countDown();
            }
        }, "es-test-node-shutdown");
        Runtime.getRuntime().addShutdownHook(closer);

        node.start();
        TransportAddress address = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("ES_READY http://%s:%d version=%s seconds=%.1f home=%s%n",
            address.getAddress(), address.getPort(), Build.current().version(), seconds, home);
        System.out.flush();

        if (watchStdin) {
            Thread watcher = new Thread(() -> {
                try {
                    while (System.in.read() != -1) {
                        // discard: only end of file matters
                    }
                } catch (IOException ignored) {
                    // treat as end of file
                }
                System.err.println("standard input closed: stopping the node");
                System.exit(0);
            }, "es-test-node-stdin");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    /** Log4j to standard error (standard output carries only the ES_READY line). */
    private static void configureStderrLogging(String level) {
        ConfigurationBuilder<BuiltConfiguration> builder = ConfigurationBuilderFactory.newConfigurationBuilder();
        builder.add(builder.newAppender("stderr", "Console")
            .addAttribute("target", ConsoleAppender.Target.SYSTEM_ERR)
            .add(builder.newLayout("PatternLayout").addAttribute("pattern", "[%d{HH:mm:ss,SSS}][%-5p][%c{1.}] %m%n")));
        builder.add(builder.newRootLogger(Level.toLevel(level, Level.INFO)).add(builder.newAppenderRef("stderr")));
        // Chatty and irrelevant for a test node.
        builder.add(builder.newLogger("org.elasticsearch.deprecation", Level.ERROR));
        Configurator.reconfigure(builder.build());
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }

    /**
     * The part of Elasticsearch's analysis-common module that the tests need (that module is not published to Maven
     * Central): the {@code english}, {@code simple}, {@code whitespace} and {@code keyword} analyzers, the
     * {@code lowercase}, {@code uppercase}, {@code asciifolding}, {@code stemmer}, {@code porter_stem}, {@code kstem},
     * {@code keyword_marker}, {@code trim}, {@code unique}, {@code length}, {@code truncate}, {@code edge_ngram},
     * {@code ngram} token filters, the {@code whitespace}, {@code keyword}, {@code letter} tokenizers and the
     * {@code html_strip} char filter. The server itself has {@code standard}, {@code stop}, {@code shingle}.
     *
     * <p>It also answers {@code GET /} and {@code HEAD /} (the "info" API that the Python client's {@code info()} and
     * {@code ping()} use), which in 8.x lives in the rest-root module, also not on Maven Central.
     */
    public static class EnglishAnalysisPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {

        private volatile ClusterService clusterService;

        @Override
        public Collection<?> createComponents(PluginServices services) {
            clusterService = services.clusterService();
            return List.of();
        }

        @Override
        public Collection<RestHandler> getRestHandlers(Settings settings, NamedWriteableRegistry registry,
                RestController restController, ClusterSettings clusterSettings, IndexScopedSettings indexScopedSettings,
                SettingsFilter settingsFilter, IndexNameExpressionResolver resolver, Supplier<DiscoveryNodes> nodes,
                Predicate<NodeFeature> clusterSupportsFeature) {
            return List.of(new BaseRestHandler() {
                @Override
                public String getName() {
                    return "main_action";
                }

                @Override
                public List<Route> routes() {
                    return List.of(new Route(RestRequest.Method.GET, "/"), new Route(RestRequest.Method.HEAD, "/"));
                }

                @Override
                protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
                    return channel -> {
                        if (request.method() == RestRequest.Method.HEAD) {
                            channel.sendResponse(new RestResponse(RestStatus.OK, "application/json", ""));
                            return;
                        }
                        ClusterState state = clusterService.state();
                        Build build = Build.current();
                        XContentBuilder b = channel.newBuilder();
                        b.startObject();
                        b.field("name", state.nodes().getLocalNode().getName());
                        b.field("cluster_name", state.getClusterName().value());
                        b.field("cluster_uuid", state.metadata().clusterUUID());
                        b.startObject("version")
                            .field("number", build.qualifiedVersion())
                            .field("build_flavor", build.flavor())
                            .field("build_type", build.type().displayName())
                            .field("build_hash", build.hash())
                            .field("build_date", build.date())
                            .field("build_snapshot", build.isSnapshot())
                            .field("lucene_version", IndexVersion.current().luceneVersion().toString())
                            .field("minimum_wire_compatibility_version", build.minWireCompatVersion())
                            .field("minimum_index_compatibility_version", build.minIndexCompatVersion())
                            .endObject();
                        b.field("tagline", "You Know, for Search");
                        b.endObject();
                        channel.sendResponse(new RestResponse(RestStatus.OK, b));
                    };
                }
            });
        }

        @Override
        public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
            return Map.of(
                "english", (indexSettings, env, name, s) -> analyzer(name, s, new EnglishAnalyzer(
                    Analysis.parseStopWords(env, s, EnglishAnalyzer.getDefaultStopSet()),
                    Analysis.parseStemExclusion(s, CharArraySet.EMPTY_SET))),
                "simple", (indexSettings, env, name, s) -> analyzer(name, s, new SimpleAnalyzer()),
                "whitespace", (indexSettings, env, name, s) -> analyzer(name, s, new WhitespaceAnalyzer()),
                "keyword", (indexSettings, env, name, s) -> analyzer(name, s, new KeywordAnalyzer()));
        }

        private static AnalyzerProvider<? extends Analyzer> analyzer(String name, Settings s, Analyzer analyzer) {
            return new AbstractIndexAnalyzerProvider<Analyzer>(name, s) {
                @Override
                public Analyzer get() {
                    return analyzer;
                }
            };
        }

        private static AnalysisProvider<TokenFilterFactory> filter(Function<TokenStream, TokenStream> f) {
            return (indexSettings, env, name, s) -> filter(name, s, f, true);
        }

        private static TokenFilterFactory filter(String name, Settings s, Function<TokenStream, TokenStream> f,
                                                 boolean normalizes) {
            if (normalizes) {
                // Custom normalizers accept only filters implementing NormalizingTokenFilterFactory (as in
                // Elasticsearch: lowercase, uppercase, asciifolding, trim, ...).
                class Normalizing extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
                    Normalizing() {
                        super(name, s);
                    }

                    @Override
                    public TokenStream create(TokenStream in) {
                        return f.apply(in);
                    }
                }
                return new Normalizing();
            }
            return new AbstractTokenFilterFactory(name, s) {
                @Override
                public TokenStream create(TokenStream in) {
                    return f.apply(in);
                }
            };
        }

        @Override
        public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
            return Map.ofEntries(
                Map.entry("lowercase", filter(LowerCaseFilter::new)),
                Map.entry("uppercase", filter(UpperCaseFilter::new)),
                Map.entry("asciifolding", (indexSettings, env, name, s) -> {
                    boolean keep = s.getAsBoolean("preserve_original", false);
                    // As Elasticsearch's ASCIIFoldingTokenFilterFactory: normalizers fold without the original.
                    class AsciiFolding extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
                        AsciiFolding() {
                            super(name, s);
                        }

                        @Override
                        public TokenStream create(TokenStream in) {
                            return new ASCIIFoldingFilter(in, keep);
                        }

                        @Override
                        public TokenStream normalize(TokenStream in) {
                            return new ASCIIFoldingFilter(in, false);
                        }
                    }
                    return new AsciiFolding();
                }),
                Map.entry("stemmer", (indexSettings, env, name, s) -> {
                    String language = s.get("language", s.get("name", "english"));
                    Function<TokenStream, TokenStream> f = switch (language) {
                        case "english", "porter" -> PorterStemFilter::new;
                        case "light_english", "kstem" -> KStemFilter::new;
                        case "minimal_english" -> EnglishMinimalStemFilter::new;
                        case "possessive_english" -> EnglishPossessiveFilter::new;
                        case "porter2" -> in -> new SnowballFilter(in, new EnglishStemmer());
                        default -> throw new IllegalArgumentException(
                            "stemmer language [" + language + "] is not available in this test node");
                    };
                    return filter(name, s, f, false);
                }),
                Map.entry("porter_stem", (indexSettings, env, name, s) -> filter(name, s, PorterStemFilter::new, false)),
                Map.entry("kstem", (indexSettings, env, name, s) -> filter(name, s, KStemFilter::new, false)),
                Map.entry("keyword_marker", (indexSettings, env, name, s) -> {
                    CharArraySet words = Analysis.getWordSet(env, s, "keywords");
                    CharArraySet keywords = words == null ? CharArraySet.EMPTY_SET : words;
                    return filter(name, s, in -> new SetKeywordMarkerFilter(in, keywords), false);
                }),
                Map.entry("trim", filter(TrimFilter::new)),
                Map.entry("unique", (indexSettings, env, name, s) ->
                    filter(name, s, RemoveDuplicatesTokenFilter::new, false)),
                Map.entry("length", (indexSettings, env, name, s) -> {
                    int min = s.getAsInt("min", 0);
                    int max = s.getAsInt("max", Integer.MAX_VALUE);
                    return filter(name, s, in -> new LengthFilter(in, min, max), false);
                }),
                Map.entry("truncate", (indexSettings, env, name, s) -> {
                    int length = s.getAsInt("length", 10);
                    return filter(name, s, in -> new TruncateTokenFilter(in, length), false);
                }),
                Map.entry("edge_ngram", (indexSettings, env, name, s) -> {
                    int min = s.getAsInt("min_gram", 1);
                    int max = s.getAsInt("max_gram", 2);
                    boolean keep = s.getAsBoolean("preserve_original", false);
                    return filter(name, s, in -> new EdgeNGramTokenFilter(in, min, max, keep), false);
                }),
                Map.entry("ngram", (indexSettings, env, name, s) -> {
                    int min = s.getAsInt("min_gram", 1);
                    int max = s.getAsInt("max_gram", 2);
                    boolean keep = s.getAsBoolean("preserve_original", false);
                    return filter(name, s, in -> new NGramTokenFilter(in, min, max, keep), false);
                }));
        }

        private static AnalysisProvider<TokenizerFactory> tokenizer(java.util.function.Supplier<Tokenizer> f) {
            return (indexSettings, env, name, s) -> new AbstractTokenizerFactory(indexSettings, s, name) {
                @Override
                public Tokenizer create() {
                    return f.get();
                }
            };
        }

        @Override
        public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
            return Map.of(
                "whitespace", tokenizer(WhitespaceTokenizer::new),
                "keyword", tokenizer(KeywordTokenizer::new),
                "letter", tokenizer(LetterTokenizer::new),
                // As Elasticsearch's PatternTokenizerFactory (analysis-common): `pattern` (default \\W+), `flags`
                // (Java regex flag names separated by |), `group` (-1 = split on the pattern).
                "pattern", (indexSettings, env, name, s) -> {
                    java.util.regex.Pattern pattern = Regex.compile(s.get("pattern", "\\W+"), s.get("flags"));
                    int group = s.getAsInt("group", -1);
                    return new AbstractTokenizerFactory(indexSettings, s, name) {
                        @Override
                        public Tokenizer create() {
                            return new PatternTokenizer(pattern, group);
                        }
                    };
                });
        }

        @Override
        public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
            return Map.of("html_strip", (IndexSettings indexSettings, Environment env, String name, Settings s) ->
                new AbstractCharFilterFactory(name) {
                    @Override
                    public Reader create(Reader reader) {
                        return new HTMLStripCharFilter(reader);
                    }
                });
        }
    }
}
