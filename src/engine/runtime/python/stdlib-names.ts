/**
 * The public names (`dir(m)` without `_` names) of the CPython 3.14.2 standard-library modules
 * the engine implements, read from pyodide 3.14.2 (tests/engine/stdlib-imports.test.ts checks
 * them). A name the engine lacks is reported as unsupported with its position: CPython's
 * ImportError / AttributeError would tell the user that Python itself lacks it
 * (interp/compile-stmt.ts, runtime/python/attributes.ts).
 */
const NAMES: Record<string, string> = {
  abc: 'ABC ABCMeta abstractclassmethod abstractmethod abstractproperty abstractstaticmethod get_cache_token update_abstractmethods',
  asyncio:
    'ALL_COMPLETED AbstractEventLoop AbstractServer Barrier BaseEventLoop BaseProtocol BaseTransport BoundedSemaphore BrokenBarrierError BufferedProtocol CancelledError Condition DatagramProtocol DatagramTransport Event EventLoop FIRST_COMPLETED FIRST_EXCEPTION FrameCallGraphEntry Future FutureCallGraph Handle IncompleteReadError InvalidStateError LifoQueue LimitOverrunError Lock PriorityQueue Protocol Queue QueueEmpty QueueFull QueueShutDown ReadTransport Runner SelectorEventLoop Semaphore SendfileNotAvailableError Server StreamReader StreamReaderProtocol StreamWriter SubprocessProtocol SubprocessTransport Task TaskGroup Timeout TimeoutError TimerHandle Transport WriteTransport all_tasks as_completed base_events base_futures base_subprocess base_tasks capture_call_graph constants coroutines create_eager_task_factory create_subprocess_exec create_subprocess_shell create_task current_task eager_task_factory ensure_future events exceptions format_call_graph format_helpers future_add_to_awaited_by future_discard_from_awaited_by futures gather get_event_loop get_event_loop_policy get_running_loop graph iscoroutine iscoroutinefunction isfuture locks log mixins new_event_loop open_connection print_call_graph protocols queues run run_coroutine_threadsafe runners selector_events set_event_loop set_event_loop_policy shield sleep sslproto staggered start_server streams subprocess sys taskgroups tasks threads timeout timeout_at timeouts to_thread transports trsock unix_events wait wait_for wrap_future',
  bisect: 'bisect bisect_left bisect_right insort insort_left insort_right',
  collections: 'ChainMap Counter OrderedDict UserDict UserList UserString abc defaultdict deque heapq namedtuple',
  contextlib:
    'AbstractAsyncContextManager AbstractContextManager AsyncContextDecorator AsyncExitStack ContextDecorator ExitStack GenericAlias MethodType abc aclosing asynccontextmanager chdir closing contextmanager deque nullcontext os redirect_stderr redirect_stdout suppress sys wraps',
  concurrent: 'futures',
  'concurrent.futures':
    'ALL_COMPLETED BrokenExecutor CancelledError Executor FIRST_COMPLETED FIRST_EXCEPTION Future InvalidStateError ProcessPoolExecutor ThreadPoolExecutor TimeoutError as_completed wait',
  contextvars: 'Context ContextVar Token copy_context',
  copy: 'Error copy deepcopy dispatch_table error replace',
  dataclasses:
    'Field FrozenInstanceError InitVar KW_ONLY MISSING abc annotationlib asdict astuple copy dataclass field fields inspect is_dataclass itertools keyword make_dataclass re recursive_repr replace sys types',
  datetime: 'MAXYEAR MINYEAR UTC date datetime sys time timedelta timezone tzinfo',
  enum: 'CONFORM CONTINUOUS DynamicClassAttribute EJECT Enum EnumCheck EnumDict EnumMeta EnumType Flag FlagBoundary IntEnum IntFlag KEEP MappingProxyType NAMED_FLAGS ReprEnum STRICT StrEnum UNIQUE auto bin bltns global_enum global_enum_repr global_flag_repr global_str member nonmember pickle_by_enum_name pickle_by_global_name property show_flag_values sys unique verify',
  functools:
    'GenericAlias MappingProxyType MethodType Placeholder RLock UnionType WRAPPER_ASSIGNMENTS WRAPPER_UPDATES cache cached_property cmp_to_key get_cache_token itemgetter lru_cache namedtuple partial partialmethod recursive_repr reduce singledispatch singledispatchmethod total_ordering update_wrapper wraps',
  gc: 'DEBUG_COLLECTABLE DEBUG_LEAK DEBUG_SAVEALL DEBUG_STATS DEBUG_UNCOLLECTABLE callbacks collect disable enable freeze garbage get_count get_debug get_freeze_count get_objects get_referents get_referrers get_stats get_threshold is_finalized is_tracked isenabled set_debug set_threshold unfreeze',
  heapq:
    'heapify heapify_max heappop heappop_max heappush heappush_max heappushpop heappushpop_max heapreplace heapreplace_max merge nlargest nsmallest',
  inspect:
    'AGEN_CLOSED AGEN_CREATED AGEN_RUNNING AGEN_SUSPENDED ArgInfo Arguments Attribute BlockFinder BoundArguments BufferFlags CORO_CLOSED CORO_CREATED CORO_RUNNING CORO_SUSPENDED CO_ASYNC_GENERATOR CO_COROUTINE CO_GENERATOR CO_HAS_DOCSTRING CO_ITERABLE_COROUTINE CO_METHOD CO_NESTED CO_NEWLOCALS CO_NOFREE CO_OPTIMIZED CO_VARARGS CO_VARKEYWORDS ClassFoundException ClosureVars EndOfBlock Format ForwardRef FrameInfo FullArgSpec GEN_CLOSED GEN_CREATED GEN_RUNNING GEN_SUSPENDED OrderedDict Parameter Signature TPFLAGS_IS_ABSTRACT Traceback abc ast attrgetter builtins classify_class_attrs cleandoc collections currentframe dis enum findsource formatannotation formatannotationrelativeto formatargvalues functools get_annotations getabsfile getargs getargvalues getasyncgenlocals getasyncgenstate getattr_static getblock getcallargs getclasstree getclosurevars getcomments getcoroutinelocals getcoroutinestate getdoc getfile getframeinfo getfullargspec getgeneratorlocals getgeneratorstate getinnerframes getlineno getmembers getmembers_static getmodule getmodulename getmro getouterframes getsource getsourcefile getsourcelines importlib indentsize isabstract isasyncgen isasyncgenfunction isawaitable isbuiltin isclass iscode iscoroutine iscoroutinefunction isdatadescriptor isframe isfunction isgenerator isgeneratorfunction isgetsetdescriptor iskeyword ismemberdescriptor ismethod ismethoddescriptor ismethodwrapper ismodule ispackage isroutine istraceback itertools linecache make_weakref markcoroutinefunction modulesbyfile namedtuple os re signature stack sys token tokenize trace types unwrap walktree',
  itertools:
    'accumulate batched chain combinations combinations_with_replacement compress count cycle dropwhile filterfalse groupby islice pairwise permutations product repeat starmap takewhile tee zip_longest',
  json: 'JSONDecodeError JSONDecoder JSONEncoder codecs decoder detect_encoding dump dumps encoder load loads scanner',
  logging:
    'BASIC_FORMAT BufferingFormatter CRITICAL DEBUG ERROR FATAL FileHandler Filter Filterer Formatter GenericAlias Handler INFO LogRecord Logger LoggerAdapter Manager NOTSET NullHandler PercentStyle PlaceHolder RootLogger StrFormatStyle StreamHandler StringTemplateStyle Template WARN WARNING addLevelName atexit basicConfig captureWarnings collections critical currentframe debug disable error exception fatal getHandlerByName getHandlerNames getLevelName getLevelNamesMapping getLogRecordFactory getLogger getLoggerClass info io lastResort log logAsyncioTasks logMultiprocessing logProcesses logThreads makeLogRecord os raiseExceptions re root setLogRecordFactory setLoggerClass shutdown sys threading time traceback warn warning warnings weakref',
  math: 'acos acosh asin asinh atan atan2 atanh cbrt ceil comb copysign cos cosh degrees dist e erf erfc exp exp2 expm1 fabs factorial floor fma fmod frexp fsum gamma gcd hypot inf isclose isfinite isinf isnan isqrt lcm ldexp lgamma log log10 log1p log2 modf nan nextafter perm pi pow prod radians remainder sin sinh sqrt sumprod tan tanh tau trunc ulp',
  operator:
    'abs add and_ attrgetter call concat contains countOf delitem eq floordiv ge getitem gt iadd iand iconcat ifloordiv ilshift imatmul imod imul index indexOf inv invert ior ipow irshift is_ is_none is_not is_not_none isub itemgetter itruediv ixor le length_hint lshift lt matmul methodcaller mod mul ne neg not_ or_ pos pow rshift setitem sub truediv truth xor',
  random:
    'BPF LOG4 NV_MAGICCONST RECIP_BPF Random SG_MAGICCONST SystemRandom TWOPI betavariate binomialvariate choice choices expovariate gammavariate gauss getrandbits getstate lognormvariate main normalvariate paretovariate randbytes randint random randrange sample seed setstate shuffle triangular uniform vonmisesvariate weibullvariate',
  statistics:
    'Counter Decimal Fraction LinearRegression NormalDist StatisticsError acos asin atan bisect_left bisect_right correlation cos cosh count covariance defaultdict erfc exp fabs fmean fsum geometric_mean groupby harmonic_mean hypot isfinite isinf itemgetter kde kde_random linear_regression log math mean median median_grouped median_high median_low mode multimode namedtuple numbers pi pstdev pvariance quantiles random reduce repeat sin sqrt stdev sumprod sys tan tau variance',
  string:
    'Formatter Template ascii_letters ascii_lowercase ascii_uppercase capwords digits hexdigits octdigits printable punctuation whitespace',
  sys: 'abiflags activate_stack_trampoline addaudithook api_version argv audit base_exec_prefix base_prefix breakpointhook builtin_module_names byteorder call_tracing copyright deactivate_stack_trampoline displayhook dont_write_bytecode exc_info excepthook exception exec_prefix executable exit flags float_info float_repr_style get_asyncgen_hooks get_coroutine_origin_tracking_depth get_int_max_str_digits getallocatedblocks getdefaultencoding getdlopenflags getfilesystemencodeerrors getfilesystemencoding getprofile getrecursionlimit getrefcount getsizeof getswitchinterval gettrace getunicodeinternedsize hash_info hexversion implementation int_info intern is_finalizing is_remote_debug_enabled is_stack_trampoline_active maxsize maxunicode meta_path modules monitoring orig_argv path path_hooks path_importer_cache platform platlibdir prefix pycache_prefix remote_exec set_asyncgen_hooks set_coroutine_origin_tracking_depth set_int_max_str_digits setdlopenflags setprofile setrecursionlimit setswitchinterval settrace stderr stdin stdlib_module_names stdout thread_info unraisablehook version version_info warnoptions',
  time: 'CLOCK_BOOTTIME CLOCK_MONOTONIC CLOCK_MONOTONIC_RAW CLOCK_PROCESS_CPUTIME_ID CLOCK_REALTIME CLOCK_TAI CLOCK_THREAD_CPUTIME_ID altzone asctime clock_getres clock_gettime clock_gettime_ns clock_settime clock_settime_ns ctime daylight get_clock_info gmtime localtime mktime monotonic monotonic_ns perf_counter perf_counter_ns process_time process_time_ns pthread_getcpuclockid sleep strftime strptime struct_time time time_ns timezone tzname',
  types:
    'AsyncGeneratorType BuiltinFunctionType BuiltinMethodType CapsuleType CellType ClassMethodDescriptorType CodeType CoroutineType DynamicClassAttribute EllipsisType FrameType FunctionType GeneratorType GenericAlias GetSetDescriptorType LambdaType MappingProxyType MemberDescriptorType MethodDescriptorType MethodType MethodWrapperType ModuleType NoneType NotImplementedType SimpleNamespace TracebackType UnionType WrapperDescriptorType coroutine get_original_bases new_class prepare_class resolve_bases',
  typing:
    'ABCMeta AbstractSet Annotated Any AnyStr AsyncGenerator AsyncIterable AsyncIterator Awaitable BinaryIO ByteString CT_co Callable ChainMap ClassVar Collection Concatenate Container Coroutine Counter DefaultDict Deque Dict EXCLUDED_ATTRIBUTES Final FrozenSet Generator Generic GenericAlias Hashable IO ItemsView Iterable Iterator KT KeysView List Literal LiteralString Mapping MappingView MutableMapping MutableSequence MutableSet NamedTuple NamedTupleMeta Never NewType NoDefault NoReturn NotRequired Optional OrderedDict ParamSpec ParamSpecArgs ParamSpecKwargs Protocol ReadOnly Required Reversible Self Sequence Set Sized SupportsAbs SupportsBytes SupportsComplex SupportsFloat SupportsIndex SupportsInt SupportsRound T TYPE_CHECKING T_co T_contra Text TextIO Tuple Type TypeAlias TypeAliasType TypeGuard TypeIs TypeVar TypeVarTuple TypedDict Union Unpack VT VT_co V_co ValuesView abstractmethod assert_never assert_type cast clear_overloads collections copyreg dataclass_transform defaultdict evaluate_forward_ref final functools get_args get_origin get_overloads get_protocol_members get_type_hints is_protocol is_typeddict no_type_check no_type_check_decorator operator overload override reveal_type runtime_checkable sys types',
};

const sets = new Map<string, ReadonlySet<string>>();

/** Whether CPython 3.14's module `module` (one the engine implements) has the public name `name`. */
export function isStdlibName(module: string, name: string): boolean {
  const names = NAMES[module];
  if (names === undefined || !Object.hasOwn(NAMES, module)) return false;
  let set = sets.get(module);
  if (set === undefined) sets.set(module, (set = new Set(names.split(' '))));
  return set.has(name);
}

/** The names listed for `module`, sorted (for the test that checks them against CPython). */
export function stdlibNames(module: string): string[] {
  return Object.hasOwn(NAMES, module) ? NAMES[module]!.split(' ') : [];
}

/** The modules listed (for the test that checks the list against CPython). */
export const STDLIB_NAMED_MODULES: readonly string[] = Object.keys(NAMES);

/**
 * The names of CPython 3.14's `builtins` module (`dir(builtins)`, read from pyodide 3.14.2, less
 * the module's own `__doc__`/`__loader__`/`__package__`/`__spec__`/`__name__`, which a program
 * reads as its own module's, and pyodide's `___EvalCodeResultException`). A name here the engine
 * lacks (`bytes`, `complex`, `globals`…) is reported as unsupported, with its position
 * (interp/names.ts): CPython's NameError would tell the user that Python lacks it.
 */
const BUILTIN_NAMES = new Set(
  (
    'ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError ' +
    'BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ' +
    'ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning ' +
    'EnvironmentError Exception ExceptionGroup False FileExistsError FileNotFoundError FloatingPointError ' +
    'FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError ' +
    'InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ' +
    'ModuleNotFoundError NameError None NotADirectoryError NotImplemented NotImplementedError OSError ' +
    'OverflowError PendingDeprecationWarning PermissionError ProcessLookupError PythonFinalizationError ' +
    'RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration ' +
    'StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True TypeError ' +
    'UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError ' +
    'UnicodeWarning UserWarning ValueError Warning ZeroDivisionError _IncompleteInputError __build_class__ ' +
    '__debug__ __import__ abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr ' +
    'classmethod compile complex copyright credits delattr dict dir divmod enumerate eval exec exit filter ' +
    'float format frozenset getattr globals hasattr hash help hex id input int isinstance issubclass iter len ' +
    'license list locals map max memoryview min next object oct open ord pow print property quit range repr ' +
    'reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip'
  ).split(' '),
);

/** Whether `name` is one of CPython 3.14's builtins. */
export function isCPythonBuiltin(name: string): boolean {
  return BUILTIN_NAMES.has(name);
}

/** CPython 3.14's builtins, sorted (for the test that checks them against CPython). */
export function cpythonBuiltins(): string[] {
  return [...BUILTIN_NAMES].sort();
}
