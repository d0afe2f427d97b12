/* Material for MkDocs 9.8.1's inline script of partials/javascripts/base.html, as a file the
   browser caches (issue 20: the same bytes on every page); overrides/partials/javascripts/base.html
   loads it where Material ran it. The scope (Material: extra.scope, else the page's
   base URL) comes from the script element's data-scope. */
__md_scope=new URL(document.currentScript.getAttribute("data-scope"),location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}
